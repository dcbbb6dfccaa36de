package org.polka.oai;

/**
 * An OAI-PMH error condition: one of the protocol's error codes and a message for the harvester.
 * Thrown by the verbs and written by the provider as the response's {@code <error>}.
 */
final class OaiProblem extends RuntimeException {
  private final String code;

  OaiProblem(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  String code() {
    return code;
  }

  /** True for the errors after which the request is echoed without its arguments. */
  boolean hidesArguments() {
    return code.equals("badVerb") || code.equals("badArgument");
  }

  static OaiProblem badArgument(String message) {
    return new OaiProblem("badArgument", message);
  }
}
