#pragma once
// Where the rule parser and the learned tagger meet. The parser proposes mentions (with the
// structure it parsed: titles, the organization of a title, lists); the tagger, which saw
// those proposals as features, returns its spans; arbitrate() is the one place its decisions
// change the mentions:
//  - a tagger span that no mention overlaps becomes a mention (rule "tagger"); an acronym in
//    parentheses becomes another name of the organization before it, and a bare head word
//    ("the Institute") a reference to the latest organization so named (rule "tagger-head");
//  - a person span that strictly contains a rule person (a longer name) widens it; an
//    organization span that holds one rule organization and otherwise only places widens it
//    ("the Economic and Social Commission ..." for "Social Commission ..."), and one that holds
//    only places becomes a mention of its own, the places nested in it ("Lithuanian Embassy");
//  - a rule person or organization whose tokens the tagger labels all outside any span is
//    dropped (emit = false), unless a title or structure the parser found depends on it;
//  - a title span right before a person, or in apposition after one, that the parser did not
//    read, becomes that person's title, with the organization or country inside or after it.
#include <string>
#include <vector>

#include "extract/raw_mention.h"
#include "extract/sentence_parser.h"
#include "tagger/bilou.h"

namespace kg {

void arbitrate(const SentenceParser& parser, const std::vector<tagger::Span>& spans,
               std::vector<RawMention>& mentions, ParseContext& context);

}  // namespace kg
