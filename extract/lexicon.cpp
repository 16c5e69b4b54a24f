#include "extract/lexicon.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "extract/string_map.h"

namespace kg {
namespace {

struct Entry {
  const char* words;  // space-separated folded words
  std::uint32_t classes;
};

// Word lists (space-separated). Multi-word entries are not allowed here.
constexpr Entry kEntries[] = {
    {"minister ambassador director president chair chairman chairwoman chairperson secretary spokesperson "
     "spokesman spokeswoman consul envoy representative governor mayor senator mp speaker head commissioner "
     "adviser advisor counsellor counselor attaché attache chancellor premier king queen emir "
     "sultan ceo founder professor rector dean akim hokim prosecutor judge ombudsman chief manager "
     "coordinator delegate administrator undersecretary co-chair cochair vice-president vice-chairman "
     "vice-minister secretary-general consul-general chargé charge deputy member officer emissary ruler "
     "emperor crown pope patriarch mufti general colonel commander minister-counsellor executive "
     "director-general deputy-director vice-chair vice-chairwoman vice-chairperson vice-governor under-secretary",
     kTitleHead},
    {"ministers ambassadors directors presidents chairs chairmen secretaries consuls envoys representatives "
     "governors mayors senators mps speakers heads commissioners advisers advisors deputies members "
     "researchers experts scholars analysts officials diplomats professors co-chairs cochairs co-chairmen "
     "vice-presidents vice-chairs vice-chairmen",
     kTitlePlural},
    {"deputy vice first second third acting executive administrative senior special permanent former honorary "
     "managing state assistant associate principal prime interim presidential parliamentary federal "
     "extraordinary plenipotentiary general lead chief foreign",
     kTitleMod},
    {"foreign defence defense finance economy economic interior justice health education energy trade "
     "agriculture culture labour labor transport digital environment ecology emergency industry science "
     "information tourism sports internal external",
     kMinistryDomain},
    {"dr mr mrs ms miss prof sir dame madam mme messrs excellency sheikh sheikha prince princess shri smt datuk datin dato paduka seri tun puan", kHonorific},
    {"lawmaker legislator parliamentarian", kLowerTitle | kTitleHead | kParliamentTitle},
    {"senator senators deputies member members", kLowerTitle},
    {"ministry office committee commission council parliament senate assembly congress bundestag bundesrat "
     "duma mazhilis majilis majlis sejm seimas saeima riigikogu knesset rada kenesh khural storting riksdag "
     "folketing eduskunta mejlis sabha shura sangsad sabor skupstina althing oireachtas agency bank center centre institute university academy group club foundation fund "
     "organization organisation union company corporation association alliance chamber court service "
     "department administration authority secretariat embassy consulate mission party board bureau "
     "directorate guard police army forces holding society network initiative programme observatory "
     "cabinet government presidency akimat school college hospital museum library institution "
     "federation commonwealth league movement caucus faction delegation nations structure port",
     kOrgHead},
    {"parliament senate assembly congress bundestag bundesrat duma mazhilis majilis majlis mejlis sabha shura sangsad sabor skupstina althing oireachtas sejm seimas saeima "
     "riigikogu knesset rada kenesh khural storting riksdag folketing eduskunta legislature",
     kParliament},
    {"mp mps senator senators member members deputy deputies lawmaker lawmakers parliamentarian "
     "parliamentarians legislator legislators",
     kParliamentTitle},
    {"president king queen emir sultan monarch premier chancellor", kHeadOfState},
    {"inc ltd llc llp gmbh ag jsc plc sa spa nv bv corp co oy ab kft zao oao pjsc ojsc solar energy oil gas "
     "petroleum motors airlines airways railways telecom mining steel pharma capital holdings technologies "
     "systems logistics invest investments industries partners media",
     kOrgSuffix},
    {"consultations talks meeting meetings visit visits session sessions summit forum conference negotiations "
     "roundtable briefing seminar ceremony symposium exercise exercises congress expo games "
     "discussion discussions conversation conversations trip trips gathering hearing hearings reception dinner "
     "luncheon commemoration",
     kEventNoun},
    {"political bilateral official state working intergovernmental high-level annual plenary extended "
     "trilateral multilateral strategic regular joint round international interparliamentary ministerial "
     "consular inter-ministerial interministerial telephone phone telephonic courtesy video farewell inaugural "
     "opening closing extraordinary traditional formal ceremonial gala welcome signing presentation "
     "credentials swearing-in",
     kEventMod},
    {"of for and the on in de del la des du von van der den al el bin ibn ul ben da di dos das y &", kConnector},
    {"the a an this that these those some many several all most other each every both any such today yesterday tomorrow monday tuesday wednesday thursday friday "
     "saturday sunday in on at for of and but or as with by from to during after before according also "
     "meanwhile moreover however additionally furthermore besides our their his her its my your we they "
     "it he she there here his images photo video read more source news breaking update",
     kStopCap},
    {"january february march april may june july august september october november december jan feb mar apr "
     "jun jul aug sep sept oct nov dec",
     kMonth | kStopCap},
    {"researcher expert analyst scholar journalist professor economist lawyer correspondent editor fellow "
     "diplomat historian",
     kLowerTitle | kTitleHead},
    {"he she his her him", kPronoun},
    {"lawmakers legislators parliamentarians", kLowerTitle | kTitlePlural | kParliamentTitle},
    {"mep", kTitleHead | kParliamentTitle},
    {"meps", kTitlePlural | kParliamentTitle},
    // Given names, international. Chinese, Korean and Vietnamese family names come first in
    // those names, so they start a name just as given names do.
    {"john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony "
     "antony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey "
     "ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory "
     "alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary "
     "peter kyle noah ethan jeremy walter christian keith roger terry austin sean gerald carl harold dylan "
     "arthur lawrence jordan jesse bryan billy bruce gabriel joe logan alan juan albert willie elijah wayne "
     "randy vincent mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty "
     "sandra margaret ashley kimberly emily donna michelle carol amanda melissa deborah stephanie dorothy "
     "rebecca sharon laura cynthia amy kathleen angela shirley brenda emma anna pamela nicole samantha "
     "katherine christine helen debra rachel carolyn janet maria catherine heather diane olivia julie joyce "
     "victoria ruth virginia lauren kelly christina joan evelyn judith andrea hannah megan cheryl jacqueline "
     "martha madison teresa gloria sara janice ann kathryn abigail sophia frances jean alice judy isabella "
     "julia grace amber denise danielle marilyn beverly charlotte natalie theresa diana brittany doris kayla "
     "alexis lori marie ursula angela annalena olaf friedrich wolfgang hans klaus jürgen jurgen dieter horst "
     "helmut gerhard manfred uwe frank-walter heiko matthias markus stefan sebastian tobias lukas florian "
     "johannes moritz felix jan niklas philipp monika sabine petra claudia andrea birgit heike katrin "
     "susanne ulrike beate gabriele renate ingrid eugen jens norbert volker rolf günter gunter lars sven "
     "nils anders erik henrik mikael magnus olof ole jonas emmanuel jean-yves jean-luc pierre jacques françois "
     "francois michel philippe nicolas alain bernard catherine sylvie nathalie isabelle giorgia mario giuseppe "
     "giovanni antonio luigi marco paolo sergio pedro carlos miguel javier manuel luis josé jorge fernando "
     "ana lucia sofia isabel joão joao mateusz andrzej jarosław jaroslaw radosław radoslaw zbigniew tomasz "
     "piotr krzysztof paweł pawel marek wojciech jacek katarzyna agnieszka małgorzata malgorzata ewa "
     "gitanas edgars krišjānis krisjanis kaja urmas alar linas rinkēvičs gabrielius ingrida ieva "
     "vladimir sergey sergei dmitry dmitri alexey alexei andrei andrey mikhail nikolai nikolay ivan igor oleg "
     "yuri yury boris viktor victor pavel maxim maksim roman denis anton valentina tatiana tatyana olga "
     "natalia natalya irina elena yelena svetlana marina galina volodymyr dmytro oleksandr petro andriy "
     "taras mykola nursultan nurlan murat yerlan yerzhan askar erlan marat serik daniyar "
     "kairat arman aidar bakhyt bolat timur azamat dauren rustam mukhtar beibut akylbek sadyr kamchybek "
     "jeenbek shavkat bakhtiyor abdulaziz sardor jamshid ulugbek dilshod emomali sirojiddin "
     "serdar gurbanguly rashid ilham jeyhun hikmet nikol ararat irakli salome mohammed muhammad "
     "mohammad ahmed ahmad ali hassan hussein hussain omar abdullah abdul khalid faisal fahd salman "
     "mansour sultan hamad tamim abdulrahman yousef youssef ibrahim mustafa mahmoud recep hakan mevlüt "
     "mevlut ahmet mehmet fatma ayşe ayse emine xi wang li zhang liu chen yang huang zhao wu zhou xu sun "
     "ma zhu hu guo lin he gao luo zheng liang song tang qin han feng deng cao peng zeng xiao tian dong "
     "pan yuan cai jiang yu du ye cheng su wei lu ding ren shen yao kim lee park choi jung kang cho yoon "
     "jang lim nguyen tran le pham hoang shinzo fumio yoshimasa yoko taro narendra subrahmanyam jaishankar "
     "rajnath amit shehbaz imran bilawal anwar joko retno prabowo ferdinand rodrigo cyril luiz inacio "
     "lê nguyễn trần phạm hoàng phan vũ võ đặng bùi đỗ hồ ngô dương lý huỳnh javier gustavo andrés andres justin melanie chrystia keir rishi boris liz david james ursula charles "
     "josep kaja antónio antonio jens mark rutte ilir edi aleksandar milorad zoran viktor péter peter",
     kGivenName},
};

struct Table {
  StringMap<std::uint32_t> classes;
  Table() {
    for (const auto& e : kEntries) {
      std::string_view words = e.words;
      std::size_t start = 0;
      for (std::size_t i = 0; i <= words.size(); ++i)
        if (i == words.size() || words[i] == ' ') {
          if (i > start) classes[words.substr(start, i - start)] |= e.classes;
          start = i + 1;
        }
    }
  }
};

const Table& table() {
  static const Table t;
  return t;
}

// string_views, not C strings: a lookup compares lengths first and never calls strlen().
constexpr std::pair<std::string_view, std::string_view> kAcronyms[] = {
    {"UN", "United Nations"}, {"OSCE", "Organization for Security and Co-operation in Europe"},
    {"CIS", "Commonwealth of Independent States"}, {"SCO", "Shanghai Cooperation Organisation"},
    {"EU", "European Union"}, {"NATO", "North Atlantic Treaty Organization"},
    {"CSTO", "Collective Security Treaty Organization"}, {"EAEU", "Eurasian Economic Union"},
    {"OIC", "Organisation of Islamic Cooperation"}, {"ASEAN", "Association of Southeast Asian Nations"},
    {"WTO", "World Trade Organization"}, {"WHO", "World Health Organization"},
    {"IMF", "International Monetary Fund"}, {"OPEC", "Organization of the Petroleum Exporting Countries"},
    {"CICA", "Conference on Interaction and Confidence Building Measures in Asia"},
    {"UNESCO", "United Nations Educational, Scientific and Cultural Organization"},
    {"UNICEF", "United Nations Children's Fund"}, {"UNDP", "United Nations Development Programme"},
    {"IAEA", "International Atomic Energy Agency"}, {"EBRD", "European Bank for Reconstruction and Development"},
    {"ADB", "Asian Development Bank"}, {"AIIB", "Asian Infrastructure Investment Bank"},
    {"ECO", "Economic Cooperation Organization"}, {"OECD", "Organisation for Economic Co-operation and Development"},
    {"APEC", "Asia-Pacific Economic Cooperation"}, {"GCC", "Gulf Cooperation Council"},
    {"ILO", "International Labour Organization"}, {"FAO", "Food and Agriculture Organization"},
    {"UNHCR", "United Nations High Commissioner for Refugees"}, {"BRICS", ""}, {"G7", ""}, {"G20", ""},
    {"OTS", "Organization of Turkic States"}, {"CAREC", "Central Asia Regional Economic Cooperation"},
    {"IOM", "International Organization for Migration"}, {"WFP", "World Food Programme"},
};

constexpr std::string_view kAgencies[] = {
    "kazinform", "kabar", "uza", "dunyo", "trend", "apa", "akipress", "xinhua", "tass", "interfax", "reuters",
    "afp", "anadolu", "irna", "yonhap", "kyodo", "bernama", "antara", "wam", "spa", "qna", "kuna", "bta",
    "pap", "ukrinform", "belta", "armenpress", "khovar", "sputnik", "dpa", "ansa", "efe", "azertac",
    "kaztag", "24kz", "ria novosti", "itar tass", "associated press", "agence france presse", "cgtn",
};

constexpr std::pair<std::string_view, std::string_view> kDomains[] = {
    {"foreign", "Foreign Affairs"}, {"foreign affairs", "Foreign Affairs"}, {"defence", "Defence"},
    {"defense", "Defense"}, {"finance", "Finance"}, {"economy", "Economy"}, {"economic", "Economy"},
    {"interior", "Internal Affairs"}, {"internal affairs", "Internal Affairs"}, {"justice", "Justice"},
    {"health", "Health"}, {"education", "Education"}, {"energy", "Energy"}, {"trade", "Trade"},
    {"agriculture", "Agriculture"}, {"culture", "Culture"}, {"labour", "Labour"}, {"labor", "Labor"},
    {"transport", "Transport"}, {"digital", "Digital Development"}, {"environment", "Environment"},
    {"ecology", "Ecology"}, {"emergency", "Emergency Situations"}, {"emergency situations", "Emergency Situations"},
    {"industry", "Industry"}, {"science", "Science"}, {"information", "Information"}, {"tourism", "Tourism"},
    {"sports", "Sports"}, {"external", "External Affairs"}, {"external affairs", "External Affairs"},
    {"external relations", "External Relations"},
};

}  // namespace

std::uint32_t word_classes(std::string_view folded) {
  const std::uint32_t* classes = table().classes.find(folded);
  return classes ? *classes : 0;
}

std::string_view acronym_expansion(std::string_view acronym) {
  for (const auto& [a, e] : kAcronyms)
    if (acronym == a) return e.empty() ? a : e;
  return {};
}

// The parser asks this of every capitalized word it reads as a name: a hash lookup.
bool is_news_agency(std::string_view folded) {
  static const StringMap<std::uint8_t> agencies = [] {
    StringMap<std::uint8_t> m;
    for (std::string_view a : kAgencies) m.insert(a, 1);
    return m;
  }();
  return agencies.find(folded) != nullptr;
}

bool is_ordinal(std::string_view folded) {
  static constexpr std::array<std::string_view, 20> kWords{
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
      "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
      "eighteenth", "nineteenth", "twentieth"};
  // Every ordinal ends in -st, -nd, -rd or -th: most words are refused by their last two letters.
  if (folded.size() < 3) return false;
  std::string_view end = folded.substr(folded.size() - 2);
  if (end != "st" && end != "nd" && end != "rd" && end != "th") return false;
  std::size_t digits = 0;
  while (digits < folded.size() && folded[digits] >= '0' && folded[digits] <= '9') ++digits;
  if (digits > 0) {
    std::string_view suffix = folded.substr(digits);
    return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
  }
  auto dash = folded.rfind('-');
  std::string_view last = dash == std::string_view::npos ? folded : folded.substr(dash + 1);
  return std::find(kWords.begin(), kWords.end(), last) != kWords.end();
}

std::string_view ministry_domain(std::string_view folded) {
  for (const auto& [k, v] : kDomains)
    if (folded == k) return v;
  return {};
}

}  // namespace kg
