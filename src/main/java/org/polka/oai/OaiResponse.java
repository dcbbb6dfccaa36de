package org.polka.oai;

import java.time.Instant;
import java.util.Map;

/**
 * The envelope of every OAI-PMH response: {@code <OAI-PMH>} with the response date and the request
 * echoed, around either the verb's element or an error.
 */
final class OaiResponse {
  static final String NS = "http://www.openarchives.org/OAI/2.0/";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  static final String SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";

  private OaiResponse() {}

  /**
   * Starts a response: the root element, the response date and the request with its arguments
   * ({@code args} null or empty to echo the base URL alone, as after badVerb and badArgument).
   */
  static XmlOut start(Instant now, String baseUrl, Map<String, String> args) {
    XmlOut out = new XmlOut();
    out.start(NS, "OAI-PMH").namespace("", NS).namespace("xsi", XSI)
        .attr("xsi", XSI, "schemaLocation", NS + " " + SCHEMA);
    out.element(NS, "responseDate", Datestamps.format(now));
    out.start(NS, "request");
    if (args != null) {
      args.forEach(out::attr);
    }
    out.text(baseUrl).end();
    return out;
  }

  /** A whole error response. */
  static String error(Instant now, String baseUrl, Map<String, String> args, OaiProblem problem) {
    XmlOut out = start(now, baseUrl, problem.hidesArguments() ? null : args);
    out.start(NS, "error").attr("code", problem.code()).text(problem.getMessage()).end();
    return out.finish();
  }
}
