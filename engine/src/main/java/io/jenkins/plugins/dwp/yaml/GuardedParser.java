package io.jenkins.plugins.dwp.yaml;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Sits between the YAML parser and the composer to refuse deep nesting and alias floods as the
 * events stream by, at the place they occur, before any tree is built.
 */
final class GuardedParser implements Parser {

    /** Input refused by a guard, with the place where it was refused. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Mark mark;

        Refusal(Mark mark, String message) {
            super(message, null, false, false);
            this.mark = mark;
        }

        Mark mark() {
            return mark;
        }
    }

    private final Parser delegate;
    private int depth;
    private int aliases;
    private Mark lastMark;

    GuardedParser(Parser delegate) {
        this.delegate = delegate;
    }

    /** Where the last event handed on started, for library errors that carry no place of their own. */
    Mark lastMark() {
        return lastMark;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return delegate.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return delegate.peekEvent();
    }

    @Override
    public Event getEvent() {
        Event event = delegate.getEvent();
        lastMark = event.getStartMark();
        switch (event.getEventId()) {
            case SequenceStart, MappingStart -> {
                depth++;
                if (depth > SafeYamlLoader.MAX_DEPTH) {
                    throw new Refusal(lastMark, "lists and mappings are nested deeper than " + SafeYamlLoader.MAX_DEPTH
                            + " levels; refusing the file (a pools file needs fewer than ten)");
                }
            }
            case SequenceEnd, MappingEnd -> depth--;
            case Alias -> {
                aliases++;
                if (aliases > SafeYamlLoader.MAX_ALIASES) {
                    throw new Refusal(lastMark, "more than " + SafeYamlLoader.MAX_ALIASES
                            + " aliases (*name); refusing the file as a possible alias bomb");
                }
            }
            default -> {
                // other events neither nest nor refer back
            }
        }
        return event;
    }
}
