package org.polka.search;

/** One value of a facet and how many matching articles carry it. */
public record FacetValue(String value, long count) {}
