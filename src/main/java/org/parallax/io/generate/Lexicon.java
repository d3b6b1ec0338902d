package org.parallax.io.generate;

import java.util.List;

/**
 * The words synthetic prose is made of. Lists are ordered roughly by how common the word is, so a draw
 * skewed towards the front ({@link Prose}) gives English-like word frequencies and word lengths.
 *
 * <p>Rules the generator relies on for quotes to be locatable (see docs/generator.md): common words are
 * lowercase everywhere but at a sentence start; names never start a sentence and have no capital inside;
 * no abbreviation ends in a full stop.
 */
final class Lexicon {
    private Lexicon() {
    }

    static final List<String> DETERMINERS = List.of(
            "the", "the", "the", "a", "its", "their", "this", "that", "every", "one", "another", "each", "no",
            "her", "his", "our");

    static final List<String> PLURAL_DETERMINERS = List.of(
            "the", "the", "their", "its", "many", "most", "some", "several", "few", "these", "those", "all");

    static final List<String> NOUNS = List.of(
            "lab", "model", "team", "company", "researcher", "engineer", "student", "market", "chip", "cluster",
            "dataset", "policy", "government", "startup", "product", "paper", "benchmark", "budget", "network",
            "system", "country", "industry", "university", "investor", "supplier", "report", "approach",
            "culture", "strategy", "release", "license", "community", "platform", "contract", "factory", "plan",
            "program", "tool", "standard", "agreement", "partner", "official", "founder", "executive", "analyst",
            "rival", "customer", "developer", "version", "pipeline", "workload", "infrastructure", "capacity",
            "regulation", "ecosystem", "advantage", "constraint", "shortage", "subsidy", "incentive", "talent",
            "hardware", "software", "algorithm", "architecture", "deployment", "competition", "collaboration",
            "semiconductor", "accelerator", "laboratory", "institution", "organization", "initiative",
            "experiment", "evaluation", "performance", "efficiency", "reliability", "transparency",
            "leadership", "momentum", "ambition", "pressure", "funding", "revenue", "margin", "demand", "supply",
            "export", "tariff", "border", "province", "region", "city", "campus", "office", "board", "committee",
            "review", "decision", "question", "answer", "problem", "solution", "result", "outcome", "trend",
            "signal", "claim", "argument", "story", "account", "interview", "conference", "announcement");

    static final List<String> PLURALS = List.of(
            "labs", "models", "teams", "companies", "researchers", "engineers", "students", "markets", "chips",
            "clusters", "datasets", "policies", "governments", "startups", "products", "papers", "benchmarks",
            "investors", "suppliers", "reports", "officials", "founders", "executives", "analysts", "rivals",
            "customers", "developers", "versions", "pipelines", "workloads", "regulations", "subsidies",
            "incentives", "algorithms", "deployments", "accelerators", "laboratories", "institutions",
            "initiatives", "experiments", "evaluations", "universities", "factories", "contracts", "tools",
            "standards", "partners", "graduates", "interns", "volunteers", "contributors", "maintainers");

    static final List<String> ADJECTIVES = List.of(
            "new", "large", "small", "open", "local", "national", "global", "public", "private", "early", "recent",
            "major", "strong", "weak", "fast", "slow", "cheap", "expensive", "young", "senior", "careful", "bold",
            "quiet", "rapid", "steady", "modest", "ambitious", "practical", "technical", "strategic", "domestic",
            "foreign", "commercial", "academic", "independent", "competitive", "efficient", "reliable",
            "transparent", "experimental", "significant", "substantial", "impressive", "disappointing",
            "remarkable", "unprecedented", "controversial", "promising", "fragile", "resilient", "aggressive",
            "conservative", "generous", "limited", "scarce", "abundant", "crucial", "marginal", "dominant");

    /** Adjectives that carry a judgement; the rewording swaps them (an "evaluative" change). */
    static final List<String> EVALUATIVE = List.of(
            "impressive", "disappointing", "remarkable", "modest", "bold", "aggressive", "promising", "fragile",
            "significant", "marginal", "generous", "limited", "crucial", "controversial", "unprecedented");

    static final List<String> VERBS_PAST = List.of(
            "built", "trained", "released", "hired", "expanded", "funded", "cut", "doubled", "delayed", "shared",
            "bought", "sold", "tested", "reviewed", "launched", "opened", "closed", "joined", "left", "changed",
            "matched", "beat", "followed", "copied", "published", "licensed", "announced", "acquired", "rejected",
            "approved", "restricted", "supported", "questioned", "criticized", "praised", "outpaced",
            "underestimated", "overtook", "recruited", "lost", "gained", "raised", "reduced", "improved",
            "replaced", "challenged", "embraced", "ignored", "adopted", "abandoned", "scaled", "optimized");

    static final List<String> ADVERBS = List.of(
            "quickly", "quietly", "openly", "largely", "mostly", "steadily", "sharply", "slowly", "rarely",
            "often", "already", "still", "again", "recently", "increasingly", "deliberately", "reluctantly",
            "eventually", "carefully", "publicly");

    static final List<String> PREPOSITIONS = List.of(
            "in", "in", "of", "for", "with", "across", "from", "at", "on", "within", "among", "beyond", "behind",
            "under", "against", "through", "without", "around", "after", "before");

    static final List<String> CONJUNCTIONS = List.of(
            ", and", ", but", " because", " while", " although", ", so", " after", " as", " since", ", yet");

    /** Sentence openers: capitalised words that only ever appear at the start of a sentence. */
    static final List<String> OPENERS = List.of(
            "However,", "Meanwhile,", "Still,", "Instead,", "Yet", "Today,", "Later,", "Even so,", "By contrast,",
            "In practice,", "For now,", "Over time,", "At first,", "Above all,", "Elsewhere,", "Increasingly,");

    /** Hedges the rewording adds ("hedging" changes). */
    static final List<String> HEDGES = List.of(
            "reportedly", "apparently", "perhaps", "arguably", "possibly", "allegedly", "seemingly");

    static final List<String> HEDGE_PREFIXES = List.of(
            "It is possible that", "Some observers suggest that", "It may be that", "Sources indicate that",
            "There are signs that");

    /** People, some with accented letters so that offsets are exercised. */
    static final List<String> NAMES = List.of(
            "Nathan Hale", "José Núñez", "Zoë Brontë", "François Lévesque", "Søren Kierke", "Łukasz Wróbel",
            "Ana Sánchez", "Jürgen Müller", "Chloé Dubois", "Mateus Conceição", "Ingrid Ødegaard",
            "Anton Dvořák", "Mei Lin", "Wei Zhang", "Priya Raman", "Kofi Mensah", "Hannah Schmidt",
            "Olivia Grant", "Tomás Ortega", "Aiko Tanaka", "Rafael Peña", "Björn Ekström", "Elena Petrova",
            "Yusuf Demir", "Camille Roux", "Maya Cohen", "Lars Holm", "Noor Haddad", "Diego Álvarez",
            "Siobhán Kelly", "Emeka Obi", "Ines Sousa", "Malik Aziz", "Sofia Rossi", "Jonas Berg");

    /** Organisations; no capital inside a word, none ending in a full stop. */
    static final List<String> ORGANIZATIONS = List.of(
            "Northwind Labs", "Harbor Institute", "Vertex Systems", "Lumen Research", "Cobalt Foundry",
            "Meridian Capital", "Orchid Robotics", "Sable Analytics", "Polaris University", "Juniper Networks",
            "Atlas Compute", "Beacon Policy Forum", "Crescent Ventures", "Delta Semiconductor", "Ember Data",
            "Fjord Microsystems", "Granite Cloud", "Helix Biolabs", "Iris Media", "Kestrel Defense");

    static final List<String> PUBLISHERS = List.of(
            "Harbor Review", "Daily Ledger", "Signal Weekly", "Tech Courier", "Morning Dispatch", "Open Notes",
            "Circuit Journal", "Policy Brief", "Market Wire", "Frontier Post", "Atlas Herald", "Northern Tribune",
            "Pacific Observer", "Capital Letter", "Blue Margin", "Quarterly Compass");

    static final List<String> QUOTE_VERBS = List.of("said", "noted", "argued", "told reporters", "wrote", "added");

    /** Supplementary-plane characters: each is two Java chars but one code point. */
    static final List<String> EMOJI = List.of("🚀", "📈", "🤖", "🔥", "💡", "📉", "🌏");

    static final List<String> THEME_LABELS = List.of(
            "Talent", "Compute", "Openness", "Data industry", "Funding", "Regulation", "Hardware", "Energy",
            "Education", "Safety", "Trade", "Culture", "Infrastructure", "Markets", "Research", "Deployment");

    static final List<String> SIDE_LABELS = List.of("Arcadia", "Borealis", "Cascadia", "Dalmatia");
}
