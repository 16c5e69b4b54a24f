#include "eval/site_folds.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <map>
#include <stdexcept>
#include <string_view>
#include <utility>

namespace kg {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// RFC 3986 scheme: a letter, then letters, digits, '+', '-', '.'.
bool is_scheme(std::string_view s) {
  if (s.empty() || !is_alpha(s.front())) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return is_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.'; });
}

// The host of "scheme://[user@]host[:port][/...]", or empty when `s` is not such a URL.
std::string host_of(std::string_view s) {
  auto colon = s.find("://");
  if (colon == std::string_view::npos || !is_scheme(s.substr(0, colon))) return {};
  std::string_view authority = s.substr(colon + 3);
  authority = authority.substr(0, authority.find_first_of("/?#"));
  if (auto at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
  auto bracket = authority.rfind(']');  // an IPv6 literal holds colons of its own
  auto port = authority.find(':', bracket == std::string_view::npos ? 0 : bracket);
  authority = authority.substr(0, port);
  std::string host(authority);
  for (char& c : host)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  while (!host.empty() && host.back() == '.') host.pop_back();
  return host;
}

// Mobile and AMP mirrors and "www." are the same site as the bare name.
std::string strip_mirror_prefix(std::string host) {
  constexpr std::array<std::string_view, 3> kPrefixes{"www.", "m.", "amp."};
  for (bool again = true; again;) {
    again = false;
    for (std::string_view p : kPrefixes) {
      if (host.compare(0, p.size(), p) == 0 && host.find('.', p.size()) != std::string::npos) {
        host.erase(0, p.size());
        again = true;
      }
    }
  }
  return host;
}

}  // namespace

std::string site_of(const Gold& gold) {
  std::string_view source = trim(gold.source);
  if (source.empty()) return gold.document;
  std::string host = host_of(source);
  if (host.empty()) return std::string(source);
  return strip_mirror_prefix(std::move(host));
}

std::vector<int> site_folds(const std::vector<Gold>& golds, int k) {
  if (k < 1) throw std::invalid_argument("site_folds: need at least one fold, got " + std::to_string(k));
  std::vector<std::string> sites;
  sites.reserve(golds.size());
  std::map<std::string, std::size_t> count;
  for (const Gold& g : golds) ++count[sites.emplace_back(site_of(g))];

  std::vector<std::pair<std::string, std::size_t>> order(count.begin(), count.end());
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.second > b.second; });

  std::vector<std::size_t> size(static_cast<std::size_t>(k), 0);
  std::map<std::string, int> fold_of;
  for (const auto& [site, n] : order) {
    auto smallest = std::min_element(size.begin(), size.end());  // the first of equal sizes
    *smallest += n;
    fold_of[site] = static_cast<int>(smallest - size.begin());
  }
  std::vector<int> folds;
  folds.reserve(golds.size());
  for (const auto& site : sites) folds.push_back(fold_of[site]);
  return folds;
}

}  // namespace kg
