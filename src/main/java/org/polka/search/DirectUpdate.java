package org.polka.search;

import java.io.IOException;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.request.LocalSolrQueryRequest;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.update.AddUpdateCommand;
import org.apache.solr.update.processor.UpdateRequestProcessor;

/**
 * Adding documents straight into the core's update chain. {@code EmbeddedSolrServer.add} writes
 * every document to javabin and reads it back before the chain sees it; for bodies of articles that
 * round trip was about a tenth of a rebuild's CPU time (docs/benchmarks.md, "Scale").
 */
final class DirectUpdate {
  private DirectUpdate() {}

  /**
   * Adds the documents through the default update chain; {@code replace} says whether a document
   * replaces one with the same id (false only when none can exist, e.g. after a delete-all).
   */
  static void add(CoreContainer container, String coreName, List<SolrInputDocument> docs,
      boolean replace) throws IOException {
    try (SolrCore core = container.getCore(coreName);
         LocalSolrQueryRequest req = new LocalSolrQueryRequest(core, new ModifiableSolrParams())) {
      UpdateRequestProcessor chain =
          core.getUpdateProcessingChain(null).createProcessor(req, new SolrQueryResponse());
      try {
        for (SolrInputDocument doc : docs) {
          AddUpdateCommand add = new AddUpdateCommand(req);
          add.solrDoc = doc;
          add.overwrite = replace;
          chain.processAdd(add);
        }
        chain.finish();
      } finally {
        chain.close();
      }
    }
  }
}
