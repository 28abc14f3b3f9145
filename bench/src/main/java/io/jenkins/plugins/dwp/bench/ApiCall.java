package io.jenkins.plugins.dwp.bench;

import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request as the API server sees it: who sent it (the client's User-Agent) and what it asks,
 * in Kubernetes' words: a verb ({@code get}, {@code list}, {@code watch}, {@code create},
 * {@code update}, {@code patch}, {@code delete}) on a resource, with its subresource if any.
 *
 * @param client the User-Agent the request came with
 * @param verb the Kubernetes verb
 * @param resource the resource, such as {@code pods}, {@code pods/status} or {@code leases}
 */
public record ApiCall(String client, String verb, String resource) {

    private static final Pattern PATH = Pattern.compile(
            "^/(?:api/[^/]+|apis/[^/]+/[^/]+)(?:/namespaces/[^/]+)?/([a-z0-9]+)(/[^/]+)?(/[a-z]+)?$");
    private static final Pattern WATCH = Pattern.compile("(?:^|&)watch=(?:true|1)(?:&|$)");

    /** The call {@code request} makes, or a call of resource {@code ?} when its path is no API path. */
    public static ApiCall of(RecordedRequest request) {
        String client = Objects.toString(request.getHeader("User-Agent"), "");
        String target = request.getPath();
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? "" : target.substring(question + 1);
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            return new ApiCall(client, request.getMethod().toLowerCase(Locale.ROOT), "?" + path);
        }
        boolean named = matcher.group(2) != null;
        String resource = matcher.group(1) + Objects.toString(matcher.group(3), "");
        String verb = switch (request.getMethod()) {
            case "GET" -> WATCH.matcher(query).find() ? "watch" : named ? "get" : "list";
            case "POST" -> "create";
            case "PUT" -> "update";
            case "PATCH" -> "patch";
            case "DELETE" -> named ? "delete" : "deletecollection";
            default -> request.getMethod().toLowerCase(Locale.ROOT);
        };
        return new ApiCall(client, verb, resource);
    }

    /** {@code VERB RESOURCE}, as the figures name calls. */
    public String describe() {
        return verb + " " + resource;
    }
}
