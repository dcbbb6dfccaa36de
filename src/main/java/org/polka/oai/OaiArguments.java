package org.polka.oai;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The arguments of one OAI-PMH request, checked against the verb's rules (section 3.1 and 4 of the
 * specification): a known verb given once (else badVerb); only the verb's arguments, each once and
 * not empty, the required ones present, and resumptionToken alone (else badArgument).
 */
final class OaiArguments {
  private static final Pattern SET_SPEC =
      Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+(:[A-Za-z0-9\\-_.!~*'()]+)*");
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+");

  /** Per verb: the required and the optional arguments (besides an exclusive resumptionToken). */
  private record Rule(Set<String> required, Set<String> optional, boolean resumable) {}

  private static final Map<String, Rule> RULES = Map.of(
      "Identify", new Rule(Set.of(), Set.of(), false),
      "ListMetadataFormats", new Rule(Set.of(), Set.of("identifier"), false),
      "ListSets", new Rule(Set.of(), Set.of(), true),
      "GetRecord", new Rule(Set.of("identifier", "metadataPrefix"), Set.of(), false),
      "ListIdentifiers", new Rule(Set.of("metadataPrefix"), Set.of("from", "until", "set"), true),
      "ListRecords", new Rule(Set.of("metadataPrefix"), Set.of("from", "until", "set"), true));

  private OaiArguments() {}

  /** A checked request: the verb and its arguments (each given once). */
  record Checked(String verb, Map<String, String> args) {
    String get(String name) {
      return args.get(name);
    }
  }

  /** Checks the raw parameters (name to all values given); throws the protocol error they earn. */
  static Checked check(Map<String, List<String>> params) {
    List<String> verbs = params.getOrDefault("verb", List.of());
    if (verbs.isEmpty()) {
      throw new OaiProblem("badVerb", "the request has no verb argument");
    }
    if (verbs.size() > 1) {
      throw new OaiProblem("badVerb", "the verb argument is repeated");
    }
    String verb = verbs.get(0);
    Rule rule = RULES.get(verb);
    if (rule == null) {
      throw new OaiProblem("badVerb", "'" + verb + "' is not an OAI-PMH verb");
    }
    Map<String, String> args = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> p : params.entrySet()) {
      String name = p.getKey();
      if (name.equals("verb")) {
        continue;
      }
      boolean allowed = rule.required().contains(name) || rule.optional().contains(name)
          || (rule.resumable() && name.equals("resumptionToken"));
      if (!allowed) {
        throw OaiProblem.badArgument("'" + name + "' is not an argument of " + verb);
      }
      if (p.getValue().size() != 1) {
        throw OaiProblem.badArgument("the argument '" + name + "' is repeated");
      }
      String value = p.getValue().get(0);
      if (value.isEmpty()) {
        throw OaiProblem.badArgument("the argument '" + name + "' is empty");
      }
      args.put(name, value);
    }
    if (args.containsKey("resumptionToken")) {
      if (args.size() > 1) {
        throw OaiProblem.badArgument("resumptionToken is an exclusive argument: give it alone");
      }
      return new Checked(verb, args);
    }
    for (String name : rule.required()) {
      if (!args.containsKey(name)) {
        throw OaiProblem.badArgument(verb + " needs the argument '" + name + "'");
      }
    }
    checkSyntax(args);
    return new Checked(verb, args);
  }

  private static void checkSyntax(Map<String, String> args) {
    String set = args.get("set");
    if (set != null && !SET_SPEC.matcher(set).matches()) {
      throw OaiProblem.badArgument("'" + set + "' is not a valid setSpec");
    }
    String prefix = args.get("metadataPrefix");
    if (prefix != null && !PREFIX.matcher(prefix).matches()) {
      throw OaiProblem.badArgument("'" + prefix + "' is not a valid metadataPrefix");
    }
    Datestamps.Bound from = bound(args, "from", false);
    Datestamps.Bound until = bound(args, "until", true);
    if (from != null && until != null) {
      if (from.day() != until.day()) {
        throw OaiProblem.badArgument("from and until must have the same granularity");
      }
      if (from.datestamp().compareTo(until.datestamp()) > 0) {
        throw OaiProblem.badArgument("from (" + args.get("from") + ") is later than until ("
            + args.get("until") + ")");
      }
    }
  }

  /** The from or until argument read, null when absent; badArgument when it is not a date. */
  static Datestamps.Bound bound(Map<String, String> args, String name, boolean until) {
    String value = args.get(name);
    if (value == null) {
      return null;
    }
    Datestamps.Bound b = Datestamps.parse(value, until);
    if (b == null) {
      throw OaiProblem.badArgument("'" + value + "' is not a UTC date as " + name
          + ": use YYYY-MM-DD or " + Datestamps.GRANULARITY);
    }
    return b;
  }
}
