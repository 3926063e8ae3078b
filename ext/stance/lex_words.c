/*
** lex_words.c: word tables of the stance engine that are not cues.
**
** stance_irregulars: irregular verb forms, plurals and a few derivations
** mapped to the base whose stem the lexicons use (written folded).
** stance_stopwords: what a target phrase drops (determiners, prepositions,
** pronouns, the framing of debate motions: "this house would"), and the
** general words it keeps at low weight (programme, plan, policy, national).
** Data: add a row to extend.
*/
#include "stance_internal.h"

const stance_irregular stance_irregulars[] = {
    {"said", "say"},          {"says", "say"},           {"told", "tell"},
    {"held", "hold"},         {"took", "take"},          {"taken", "take"},
    {"gave", "give"},         {"given", "give"},         {"made", "make"},
    {"was", "be"},            {"were", "be"},            {"been", "be"},
    {"is", "be"},             {"are", "be"},             {"am", "be"},
    {"being", "be"},          {"has", "have"},           {"had", "have"},
    {"having", "have"},       {"did", "do"},             {"does", "do"},
    {"done", "do"},           {"went", "go"},            {"gone", "go"},
    {"sought", "seek"},       {"brought", "bring"},      {"thought", "think"},
    {"met", "meet"},          {"kept", "keep"},          {"stood", "stand"},
    {"spoke", "speak"},       {"spoken", "speak"},       {"wrote", "write"},
    {"written", "write"},     {"broke", "break"},        {"broken", "break"},
    {"chose", "choose"},      {"chosen", "choose"},      {"rose", "rise"},
    {"risen", "rise"},        {"fell", "fall"},          {"fallen", "fall"},
    {"won", "win"},           {"lost", "lose"},          {"ran", "run"},
    {"found", "find"},        {"felt", "feel"},          {"meant", "mean"},
    {"sent", "send"},         {"spent", "spend"},        {"built", "build"},
    {"dealt", "deal"},        {"drew", "draw"},          {"drawn", "draw"},
    {"threw", "throw"},       {"thrown", "throw"},       {"withdrew", "withdraw"},
    {"withdrawn", "withdraw"}, {"undertook", "undertake"}, {"undertaken", "undertake"},
    {"forbade", "forbid"},    {"forbidden", "forbid"},   {"swore", "swear"},
    {"sworn", "swear"},       {"began", "begin"},        {"begun", "begin"},
    {"became", "become"},     {"came", "come"},          {"saw", "see"},
    {"seen", "see"},          {"knew", "know"},          {"known", "know"},
    {"grew", "grow"},         {"grown", "grow"},         {"shook", "shake"},
    {"shaken", "shake"},      {"understood", "understand"}, {"upheld", "uphold"},
    {"withheld", "withhold"}, {"led", "lead"},           {"paid", "pay"},
    {"laid", "lay"},          {"sold", "sell"},          {"bought", "buy"},
    {"fought", "fight"},      {"taught", "teach"},       {"caught", "catch"},
    {"struck", "strike"},     {"stuck", "stick"},        {"hung", "hang"},
    {"sat", "sit"},           {"got", "get"},            {"gotten", "get"},
    {"forgot", "forget"},     {"forgotten", "forget"},   {"overtook", "overtake"},
    {"shut", "shut"},         {"hit", "hit"},            {"cut", "cut"},
    {"put", "put"},           {"set", "set"},            {"let", "let"},
    {"quit", "quit"},         {"bid", "bid"},            {"spread", "spread"},
    {"men", "man"},           {"women", "woman"},        {"children", "child"},
    {"people", "people"},     {"crises", "crisis"},      {"analyses", "analysis"},
    {"news", "news"},         {"series", "series"},      {"species", "species"},
    {"arms", "arms"},         {"forces", "forces"},      {"troops", "troops"},
    {"talks", "talks"},       {"talk", "talks"},         {"talked", "talks"},
    {"talking", "talks"},     {"hostilities", "hostilities"}, {"emissions", "emissions"},
    {"munitions", "munitions"}, {"settlements", "settlements"}, {"duties", "duty"},
    {"levies", "levy"},       {"penalties", "penalty"},  {"politics", "politics"},
    {"economics", "economics"}, {"extension", "extend"},  {"extensions", "extend"},
    {"discussion", "discuss"}, {"discussions", "discuss"}, {"negotiation", "negotiate"},
    {"negotiations", "negotiate"}, {"renegotiation", "renegotiate"},
    {"privatization", "privatize"}, {"privatisation", "privatize"},
    {"privatizations", "privatize"}, {"privatisations", "privatize"},
    {"nationalization", "nationalize"}, {"nationalisation", "nationalize"},
    {"denationalization", "denationalize"}, {"denationalisation", "denationalize"},
    {"renationalization", "renationalize"}, {"renationalisation", "renationalize"},
    {"vaccination", "vaccinate"}, {"vaccinations", "vaccinate"},
    {"subsidies", "subsidy"},  {"subsidise", "subsidize"}, {"subsidised", "subsidize"},
    {"criticism", "criticize"}, {"critic", "critic"},     {"opposition", "opposition"},
    {"agreed", "agree"},      {"disagreed", "disagree"}, {"guaranteed", "guarantee"},
    {"freed", "free"},        {"refereed", "referee"},   {"oversaw", "oversee"},
    {"welcomed", "welcome"},  {"better", "good"},        {"worse", "bad"},
};
const size_t stance_nirregulars = sizeof stance_irregulars / sizeof stance_irregulars[0];

#define DROP(w)  {w, 0, 0}
#define BOUND(w) {w, 0, 1} /* dropped, and ends the head noun phrase: "talks [on] X" */
#define WEAK(w)  {w, R_GENERIC, 0}

const stance_stopword stance_stopwords[] = {
    DROP("a"), DROP("an"), DROP("the"), DROP("this"), DROP("that"), DROP("these"),
    DROP("those"), BOUND("of"), BOUND("on"), BOUND("in"), BOUND("over"), BOUND("for"),
    BOUND("to"), BOUND("with"), BOUND("by"), BOUND("at"), BOUND("from"), BOUND("into"),
    BOUND("about"), BOUND("between"), DROP("and"), DROP("or"), DROP("its"), DROP("it"),
    DROP("their"), DROP("his"), DROP("her"), DROP("our"), DROP("my"), DROP("your"),
    BOUND("is"), BOUND("are"), BOUND("be"), BOUND("was"), BOUND("were"), DROP("been"),
    DROP("will"), DROP("would"), DROP("should"), DROP("must"), DROP("can"), DROP("could"),
    DROP("may"), DROP("might"), DROP("shall"), DROP("all"), DROP("any"), DROP("some"),
    DROP("house"), DROP("believes"), DROP("believe"), DROP("we"), DROP("they"),
    DROP("there"), BOUND("which"), BOUND("who"), BOUND("as"), BOUND("than"), DROP("so"),
    DROP("such"), DROP("very"), DROP("also"), DROP("only"), BOUND("whether"),
    DROP("-"), DROP("'s"), DROP("sometimes"), DROP("always"), DROP("order"),
    BOUND("regarding"), BOUND("concerning"), BOUND("towards"), BOUND("toward"),
    WEAK("programme"), WEAK("program"), WEAK("plan"), WEAK("plans"), WEAK("policy"),
    WEAK("issue"), WEAK("question"), WEAK("national"), WEAK("international"),
    WEAK("state"), WEAK("government"), WEAK("public"), WEAK("proposal"), WEAK("measure"),
    WEAK("measures"), WEAK("system"), WEAK("scheme"), WEAK("use"), WEAK("right"),
    WEAK("method"), WEAK("way"), WEAK("effort"), WEAK("efforts"), WEAK("move"),
    WEAK("country"), WEAK("countries"), WEAK("nation"), WEAK("nations"), WEAK("people"),
    WEAK("level"), WEAK("age"), WEAK("future"), WEAK("deadline"), WEAK("effective"), WEAK("most"), WEAK("make"), WEAK("making"),
    WEAK("have"), WEAK("has"), WEAK("do"), WEAK("does"), WEAK("get"),
};
const size_t stance_nstopwords = sizeof stance_stopwords / sizeof stance_stopwords[0];
