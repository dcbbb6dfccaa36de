package org.polka.oai;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polka.catalog.CatalogChanges;
import org.polka.catalog.CatalogChanges.Entry;
import org.polka.catalog.CatalogChanges.Selection;

/**
 * An OAI-PMH 2.0 data provider over the catalog: the six verbs, every error condition of the
 * specification, sets by journal and discipline, deleted articles as persistent tombstones, and
 * stateless resumption tokens. Pages are read from the database, never from the search index.
 */
final class OaiProvider {
  static final String ID_PREFIX = "oai:polka:";
  private static final Pattern IDENTIFIER = Pattern.compile(Pattern.quote(ID_PREFIX) + "(\\d{1,18})");
  private static final String NS = OaiResponse.NS;

  /**
   * What the repository says about itself, and how long its list pages are.
   *
   * @param repositoryName the name Identify gives
   * @param adminEmail the administrator's address Identify gives
   * @param pageSize entries per ListRecords / ListIdentifiers page
   */
  record Settings(String repositoryName, String adminEmail, int pageSize) {}

  private final CatalogChanges changes;
  private final Settings settings;
  private final Clock clock;
  private final OaiSets sets;
  private final Map<String, MetadataFormat> formats = new LinkedHashMap<>();

  OaiProvider(CatalogChanges changes, Settings settings, Clock clock) {
    this.changes = changes;
    this.settings = settings;
    this.clock = clock;
    this.sets = new OaiSets(changes);
    for (MetadataFormat f : List.of(new DublinCore(), new JatsFront())) {
      formats.put(f.description().prefix(), f);
    }
  }

  /** The response to one request: the base URL it was sent to and its parameters (name to values). */
  String respond(String baseUrl, Map<String, List<String>> params) {
    Map<String, String> echo = new LinkedHashMap<>();
    try {
      OaiArguments.Checked request = OaiArguments.check(params);
      echo.put("verb", request.verb());
      echo.putAll(request.args());
      XmlOut out = OaiResponse.start(clock.instant(), baseUrl, echo);
      String site = baseUrl.replaceFirst("/oai/?$", "");
      switch (request.verb()) {
        case "Identify" -> identify(out, baseUrl);
        case "ListMetadataFormats" -> listMetadataFormats(out, request);
        case "ListSets" -> listSets(out, request);
        case "GetRecord" -> getRecord(out, request, site);
        default -> list(out, request, site);
      }
      return out.finish();
    } catch (OaiProblem problem) {
      return OaiResponse.error(clock.instant(), baseUrl, echo, problem);
    }
  }

  private void identify(XmlOut out, String baseUrl) {
    out.start(NS, "Identify");
    out.element(NS, "repositoryName", settings.repositoryName());
    out.element(NS, "baseURL", baseUrl);
    out.element(NS, "protocolVersion", "2.0");
    out.element(NS, "adminEmail", settings.adminEmail());
    out.element(NS, "earliestDatestamp",
        changes.earliestDatestamp().orElse(Datestamps.format(clock.instant())));
    out.element(NS, "deletedRecord", "persistent");
    out.element(NS, "granularity", Datestamps.GRANULARITY);
    out.end();
  }

  private void listMetadataFormats(XmlOut out, OaiArguments.Checked request) {
    String identifier = request.get("identifier");
    if (identifier != null) {
      entry(identifier);
    }
    out.start(NS, "ListMetadataFormats");
    for (MetadataFormat f : formats.values()) {
      out.start(NS, "metadataFormat");
      out.element(NS, "metadataPrefix", f.description().prefix());
      out.element(NS, "schema", f.description().schema());
      out.element(NS, "metadataNamespace", f.description().namespace());
      out.end();
    }
    out.end();
  }

  private void listSets(XmlOut out, OaiArguments.Checked request) {
    String token = request.get("resumptionToken");
    if (token != null) {
      throw new OaiProblem("badResumptionToken",
          "this repository lists all sets in one response and issues no ListSets tokens");
    }
    List<OaiSets.OaiSet> all = sets.all();
    if (all.isEmpty()) {
      throw new OaiProblem("noSetHierarchy",
          "the repository has no sets: no article has a journal or a discipline");
    }
    out.start(NS, "ListSets");
    for (OaiSets.OaiSet set : all) {
      out.start(NS, "set");
      out.element(NS, "setSpec", set.spec());
      out.element(NS, "setName", set.name());
      out.end();
    }
    out.end();
  }

  private void getRecord(XmlOut out, OaiArguments.Checked request, String site) {
    Entry entry = entry(request.get("identifier"));
    MetadataFormat format = format(request.get("metadataPrefix"));
    out.start(NS, "GetRecord");
    record(out, entry, format, site);
    out.end();
  }

  private void list(XmlOut out, OaiArguments.Checked request, String site) {
    boolean records = request.verb().equals("ListRecords");
    ResumptionToken given = null;
    String prefix = request.get("metadataPrefix");
    String from = request.get("from");
    String until = request.get("until");
    String set = request.get("set");
    if (request.get("resumptionToken") != null) {
      given = ResumptionToken.decode(request.get("resumptionToken"))
          .filter(t -> t.verb().equals(request.verb()))
          .orElseThrow(() -> new OaiProblem("badResumptionToken",
              "the resumptionToken is not one this repository issued for " + request.verb()));
      prefix = given.prefix();
      from = given.from();
      until = given.until();
      set = given.set();
    }
    MetadataFormat format = format(prefix);
    Selection selection = selection(set, from, until);
    long total = changes.count(selection);
    List<Entry> page = changes.list(selection, given == null ? null : given.afterDatestamp(),
        given == null ? 0 : given.afterId(), settings.pageSize() + 1);
    if (page.isEmpty()) {
      throw new OaiProblem("noRecordsMatch", "no records match the request's dates, set and format");
    }
    boolean more = page.size() > settings.pageSize();
    List<Entry> shown = more ? page.subList(0, settings.pageSize()) : page;
    long cursor = given == null ? 0 : given.cursor();
    out.start(NS, request.verb());
    for (Entry e : shown) {
      if (records) {
        record(out, e, format, site);
      } else {
        header(out, e);
      }
    }
    if (more) {
      Entry last = shown.get(shown.size() - 1);
      String next = new ResumptionToken(request.verb(), prefix, set, from, until, last.datestamp(),
          last.stored().id(), cursor + shown.size()).encode();
      token(out, total, cursor).text(next).end();
    } else if (given != null) {
      token(out, total, cursor).end();
    }
    out.end();
  }

  private Selection selection(String set, String from, String until) {
    Map<String, String> dates = new LinkedHashMap<>();
    if (from != null) {
      dates.put("from", from);
    }
    if (until != null) {
      dates.put("until", until);
    }
    Datestamps.Bound f = OaiArguments.bound(dates, "from", false);
    Datestamps.Bound u = OaiArguments.bound(dates, "until", true);
    String fromStamp = f == null ? null : f.datestamp();
    String untilStamp = u == null ? null : u.datestamp();
    if (set == null) {
      return new Selection(fromStamp, untilStamp, null, List.of());
    }
    if (sets.all().isEmpty()) {
      throw new OaiProblem("noSetHierarchy", "the repository has no sets to select from");
    }
    Selection selection = sets.select(set, fromStamp, untilStamp);
    if (selection == null) {
      throw new OaiProblem("noRecordsMatch", "there is no set '" + set + "' (see ListSets)");
    }
    return selection;
  }

  private static XmlOut token(XmlOut out, long total, long cursor) {
    return out.start(NS, "resumptionToken").attr("completeListSize", Long.toString(total))
        .attr("cursor", Long.toString(cursor));
  }

  private void record(XmlOut out, Entry e, MetadataFormat format, String site) {
    out.start(NS, "record");
    header(out, e);
    if (!e.deleted()) {
      out.start(NS, "metadata");
      format.write(out, e.stored(), site + "/articles/" + e.stored().id());
      out.end();
    }
    out.end();
  }

  private static void header(XmlOut out, Entry e) {
    out.start(NS, "header");
    if (e.deleted()) {
      out.attr("status", "deleted");
    }
    out.element(NS, "identifier", ID_PREFIX + e.stored().id());
    out.element(NS, "datestamp", e.datestamp());
    OaiSets.specsOf(e.stored().article()).forEach(spec -> out.element(NS, "setSpec", spec));
    out.end();
  }

  private Entry entry(String identifier) {
    Matcher m = IDENTIFIER.matcher(identifier);
    Optional<Entry> found = m.matches() ? changes.entry(Long.parseLong(m.group(1))) : Optional.empty();
    return found.orElseThrow(() -> new OaiProblem("idDoesNotExist",
        "'" + identifier + "' is not an identifier in this repository"));
  }

  private MetadataFormat format(String prefix) {
    MetadataFormat format = formats.get(prefix);
    if (format == null) {
      throw new OaiProblem("cannotDisseminateFormat", "the metadata format '" + prefix
          + "' is not supported; supported: " + String.join(", ", formats.keySet()));
    }
    return format;
  }
}
