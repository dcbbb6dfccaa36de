package org.polka.search;

import java.time.Year;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * The ranking signals beside text relevance: a whole-title match, and freshness and usage as mild
 * multiplicative boosts, so that of two equally good matches the newer or more read one comes
 * first while a clearly better textual match still wins.
 */
final class Boosts {
  /** Added weight of a query equal to the whole title (case, punctuation and ё ignored). */
  static final int EXACT_TITLE = 20;
  /** Most a brand-new article's score is raised: 1 + this. */
  static final double FRESHNESS = 0.1;
  /** Score raise per tenfold of usage (downloads plus a tenth of the views): 1 + this × log10. */
  static final double USAGE = 0.03;

  private Boosts() {}

  /** Adds the boosts to an edismax request for the query text. */
  static void apply(SolrQuery solr, String text) {
    if (isPlain(text)) {
      solr.set("bq", "title_exact:\"" + ClientUtils.escapeQueryChars(text) + "\"^" + EXACT_TITLE);
    }
    solr.set("boost", "product(" + freshness(Year.now().getValue()) + "," + usage() + ")");
  }

  /**
   * 1 + {@link #FRESHNESS} for this year's articles, half of that at ten years old, fading on;
   * 1 for articles without a year.
   */
  static String freshness(int thisYear) {
    return "sum(1,product(" + FRESHNESS + ",recip(max(0,sub(" + thisYear
        + ",def(year,0))),0.1,1,1)))";
  }

  /** 1 + {@link #USAGE} × log10(1 + downloads + views / 10). */
  static String usage() {
    return "sum(1,product(" + USAGE + ",log(sum(1,def(downloads,0),product(0.1,def(views,0))))))";
  }

  /** Whether the text is only words (no field, operator or phrase syntax), so it may be a title. */
  static boolean isPlain(String text) {
    return !text.isBlank() && text.chars().noneMatch(c -> c == ':' || c == '"' || c == '*'
        || c == '?' || c == '(' || c == ')') && !text.matches(".*\\b(AND|OR|NOT)\\b.*");
  }
}
