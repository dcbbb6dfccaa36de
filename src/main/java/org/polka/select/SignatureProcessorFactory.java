package org.polka.select;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.update.AddUpdateCommand;
import org.apache.solr.update.processor.UpdateRequestProcessor;
import org.apache.solr.update.processor.UpdateRequestProcessorFactory;

/**
 * The index's update step that writes each article's {@link Signature} into its stored
 * {@value #FIELD} field, so the selection service reads term vectors instead of analysing texts on
 * the request path. Declared in solrconfig.xml's default update chain; public because Solr
 * instantiates it by class name.
 */
public final class SignatureProcessorFactory extends UpdateRequestProcessorFactory {
  /** The stored field holding the signature. */
  static final String FIELD = "signature";
  /** The field type whose analyzer makes the index terms. */
  static final String TEXT_TYPE = "text_ru_en";

  @Override
  public UpdateRequestProcessor getInstance(SolrQueryRequest req, SolrQueryResponse rsp,
      UpdateRequestProcessor next) {
    Analyzer analyzer = req.getSchema().getFieldTypeByName(TEXT_TYPE).getIndexAnalyzer();
    return new UpdateRequestProcessor(next) {
      @Override
      public void processAdd(AddUpdateCommand cmd) throws IOException {
        SolrInputDocument doc = cmd.getSolrInputDocument();
        Object title = doc.getFieldValue("title");
        doc.setField(FIELD, Signature.of(analyzer, title == null ? null : title.toString(),
            strings(doc, "keywords"), strings(doc, "abstract"), strings(doc, "body")).encode());
        super.processAdd(cmd);
      }
    };
  }

  private static List<String> strings(SolrInputDocument doc, String field) {
    Collection<Object> values = doc.getFieldValues(field);
    List<String> out = new ArrayList<>();
    if (values != null) {
      values.forEach(v -> out.add(v.toString()));
    }
    return out;
  }
}
