package org.bulletinkg.serve;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The services of the {@code /kg} dataset. Read-only unless an editor is given; there is no
 * upload endpoint and no update on the dataset URL itself, so a write can only reach the two
 * named, password-protected endpoints.
 */
final class KgEndpoints {
    static final String DATASET = "/kg";
    static final String QUERY = "sparql";
    static final String QUERY_ALIAS = "query";
    static final String GRAPH_READ = "get";
    static final String UPDATE = "update";
    static final String GRAPH_READ_WRITE = "data";

    private KgEndpoints() {}

    /** @param editor who may write, or null for a read-only dataset */
    static DataService build(DatasetGraph dsg, String editor) {
        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)                 // query on /kg itself
                .addEndpoint(Operation.Query, QUERY)
                .addEndpoint(Operation.Query, QUERY_ALIAS)
                .addEndpoint(Operation.GSP_R, GRAPH_READ);
        if (editor != null) {
            AuthPolicy editorOnly = Auth.policyAllowSpecific(editor);
            service.addEndpoint(Operation.Update, UPDATE, editorOnly)
                   .addEndpoint(Operation.GSP_RW, GRAPH_READ_WRITE, editorOnly);
        }
        return service.build();
    }
}
