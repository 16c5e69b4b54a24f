#pragma once
// Folds for cross-validation that keep each site (the publisher a text came from) in one fold,
// so that a fold's test texts never share an agency's house style with its training texts.
#include <string>
#include <vector>

#include "eval/gold.h"

namespace kg {

/// The site of a gold file's text: the host of its `source` URL, lower-cased, without a port,
/// user info, trailing dot or a leading "www.", "m." or "amp." (repeatedly, as long as a
/// dotted name remains: "m.example.com" is "example.com", "m.com" stays). A `source` that
/// is not a URL (no "scheme://host") is the site as it stands, surrounding white space
/// removed; an empty one gives the document id.
std::string site_of(const Gold& gold);

/// The fold (0..k-1) of each gold, in the order given. All golds of one site share a fold,
/// and folds are balanced by document count: sites sorted by (descending gold count, site
/// name) go one by one to the fold with the fewest golds so far, ties to the lowest index.
/// The result depends only on the golds' sites, not on their order; with fewer sites than
/// k, some folds are empty. Throws std::invalid_argument when k < 1.
std::vector<int> site_folds(const std::vector<Gold>& golds, int k);

}  // namespace kg
