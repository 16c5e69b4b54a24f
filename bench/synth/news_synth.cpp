// Synthetic news-style text for scale runs of `kgraph build`:
//
//   kg_news_synth OUT_DIR MEGABYTES [SEED]
//
// writes OUT_DIR/NNNN/doc_NNNNNNN.txt (1000 files a folder, ~4 KB each) until MEGABYTES
// (10^6 bytes) are written. Each text has a dateline, officials with titles meeting,
// chairing and attending events, ministries of named countries, and filler sentences from
// the same vocabulary. The output depends only on the arguments (own generator, no
// std:: distributions, whose results differ between standard libraries).
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed * 0x9E3779B97F4A7C15ull + 1) {}
  std::uint64_t next() {  // splitmix64
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  template <std::size_t N>
  std::string_view pick(const std::string_view (&items)[N]) { return items[next() % N]; }

 private:
  std::uint64_t state_;
};

struct Country {
  std::string_view name, adjective, capital;
};

constexpr Country kCountries[] = {
    {"Kazakhstan", "Kazakh", "Astana"},     {"Germany", "German", "Berlin"},   {"France", "French", "Paris"},
    {"Uzbekistan", "Uzbek", "Tashkent"},    {"Japan", "Japanese", "Tokyo"},    {"Poland", "Polish", "Warsaw"},
    {"Turkey", "Turkish", "Ankara"},        {"India", "Indian", "New Delhi"},  {"Italy", "Italian", "Rome"},
    {"Kyrgyzstan", "Kyrgyz", "Bishkek"},    {"Estonia", "Estonian", "Tallinn"}, {"Spain", "Spanish", "Madrid"},
    {"Azerbaijan", "Azerbaijani", "Baku"},  {"Latvia", "Latvian", "Riga"},     {"Canada", "Canadian", "Ottawa"},
    {"Egypt", "Egyptian", "Cairo"},
};
constexpr std::string_view kGiven[] = {
    "John", "Maria", "Anna", "Peter", "Olga", "Ahmed", "Wei", "Yuki", "Carlos", "Elena", "Marat", "Sabine",
    "Tomasz", "Fatma", "Daniel", "Ingrid", "Rustam", "Lucia", "Kevin", "Irina", "Omar", "Julia", "Askar", "Nils",
};
constexpr std::string_view kSurname[] = {
    "Abenov", "Keller", "Moreau", "Rashidov", "Tanaka", "Nowak", "Yilmaz", "Sharma", "Rossi", "Usenov",
    "Tamm", "Garcia", "Aliyev", "Berzins", "Tremblay", "Hassan", "Brandt", "Kowalski", "Sato", "Petrov",
    "Lindqvist", "Okafor", "Dubois", "Serikbayev", "Marchetti", "Novak", "Fischer", "Kuznetsov",
};
constexpr std::string_view kTitle[] = {
    "Foreign Minister", "Deputy Foreign Minister", "Ambassador", "Minister of Energy", "Prime Minister",
    "Minister of Finance", "Defence Minister", "Deputy Prime Minister", "Minister of Trade",
};
constexpr std::string_view kEvent[] = {  // plural: "The ... were chaired by"
    "political consultations", "bilateral talks", "intergovernmental consultations", "official talks",
    "trade negotiations", "interministerial consultations", "strategic talks",
};
constexpr std::string_view kTopic[] = {
    "trade and investment", "energy security", "transport corridors", "water management", "education",
    "digital cooperation", "regional stability", "tourism", "agriculture", "climate policy",
};
constexpr std::string_view kFiller[] = {
    "The sides noted the steady growth of mutual trade over the past year.",
    "Particular attention was paid to joint projects in industry and logistics.",
    "Both delegations expressed interest in expanding cultural and humanitarian ties.",
    "The parties agreed to hold the next meeting later this year.",
    "Experts say the agreements could double the volume of freight within five years.",
    "A number of documents were signed following the talks.",
    "Officials said the new route would cut delivery times by several days.",
    "The meeting took place in a constructive and friendly atmosphere.",
};
constexpr std::string_view kMonth[] = {"January", "March", "April", "May", "June", "September", "October", "November"};

std::string person(Random& r) { return std::string(r.pick(kGiven)) + " " + std::string(r.pick(kSurname)); }

std::string article(Random& r, std::uint64_t index) {
  const Country& home = kCountries[r.next() % std::size(kCountries)];
  const Country& guest = kCountries[r.next() % std::size(kCountries)];
  std::string host = person(r), visitor = person(r);
  std::string_view title = r.pick(kTitle), guest_title = r.pick(kTitle), event = r.pick(kEvent);
  char date[32];
  std::snprintf(date, sizeof date, "20%02u-%02u-%02u", static_cast<unsigned>(10 + index % 14),
                static_cast<unsigned>(1 + r.next() % 12), static_cast<unsigned>(1 + r.next() % 28));
  std::string t;
  t += std::string(home.capital) + " held " + std::string(event) + " with " + std::string(guest.name) + "\n\n";
  t += "date " + std::string(date) + "\n\n";
  t += std::string(home.capital) + ", " + std::string(r.pick(kMonth)) + " " + std::to_string(1 + r.next() % 28) +
       " - " + std::string(home.adjective) + " " + std::string(title) + " " + host + " met with " +
       std::string(guest.adjective) + " " + std::string(guest_title) + " " + visitor + " to discuss " +
       std::string(r.pick(kTopic)) + ".\n\n";
  for (int paragraph = 0, n = 4 + static_cast<int>(r.next() % 5); paragraph < n; ++paragraph) {
    switch (r.next() % 5) {
      case 0:
        t += "The " + std::string(event) + " were chaired by " + std::string(title) + " " + host + ".\n\n";
        break;
      case 1:
        t += "Ambassador of " + std::string(guest.name) + " to " + std::string(home.name) + " " + person(r) +
             " attended the meeting.\n\n";
        break;
      case 2:
        t += "According to the Ministry of Foreign Affairs of " + std::string(home.name) + ", the sides discussed " +
             std::string(r.pick(kTopic)) + " and " + std::string(r.pick(kTopic)) + ".\n\n";
        break;
      case 3:
        t += visitor.substr(visitor.find(' ') + 1) + " also held talks with " + std::string(home.adjective) + " Minister of Trade " + person(r) + " in " +
             std::string(home.capital) + ".\n\n";
        break;
      default:
        t += std::string(r.pick(kFiller)) + " " + std::string(r.pick(kFiller)) + "\n\n";
    }
  }
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: kg_news_synth OUT_DIR MEGABYTES [SEED]\n";
    return 2;
  }
  std::filesystem::path dir = argv[1];
  const std::uint64_t limit = std::stoull(argv[2]) * 1000000ull;
  Random random(argc > 3 ? std::stoull(argv[3]) : 1);
  std::uint64_t written = 0, index = 0;
  while (written < limit) {
    std::string text;
    while (text.size() < 4000) text += article(random, index) + "\n";
    char folder[24], name[32];
    std::snprintf(folder, sizeof folder, "%04llu", static_cast<unsigned long long>(index / 1000));
    std::snprintf(name, sizeof name, "doc_%07llu.txt", static_cast<unsigned long long>(index));
    std::filesystem::create_directories(dir / folder);
    std::ofstream out(dir / folder / name, std::ios::binary);
    out << text;
    if (!out) {
      std::cerr << "kg_news_synth: cannot write " << (dir / folder / name).string() << '\n';
      return 1;
    }
    written += text.size();
    ++index;
  }
  std::cout << index << " documents, " << written << " bytes\n";
  return 0;
}
