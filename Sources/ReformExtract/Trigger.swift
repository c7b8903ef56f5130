import ReformCore

/// A phrase between two mentions that states a relation, and which way it points.
struct Trigger {
    enum Direction { case forward, backward }   // forward: left → right
    var predicate: Predicate
    var direction: Direction
    /// Types the subject (source) may have; empty for any.
    var sources: Set<EntityType> = []
    /// Types the object (target) may have; empty for any.
    var targets: Set<EntityType> = []
    /// The phrase as looked up (for rules that treat some phrases apart).
    var phrase: String = ""
}

/// The phrases, by how English states each relation. Keys are token keys joined by spaces,
/// after filler words (auxiliaries, adverbs, dates, "which") are dropped from the gap.
enum Triggers {
    static let bodies: Set<EntityType> = [.icb, .ics, .icp, .stp, .aco, .ccg, .pct, .sha, .trust, .nationalBody,
                                          .localAuthority, .programme, .organisation, .committee, .association,
                                          .thinkTank, .company, .report]
    static let laws: Set<EntityType> = [.act, .report]
    static let agents: Set<EntityType> = [.person, .nationalBody, .thinkTank, .association, .committee, .company,
                                          .party, .organisation, .localAuthority, .trust, .icb, .ics, .ccg]
    static let works: Set<EntityType> = [.report, .act, .programme]

    static let table: [String: Trigger] = {
        var t: [String: Trigger] = [:]
        func add(_ phrases: [String], _ p: Predicate, _ d: Trigger.Direction, _ s: Set<EntityType> = [], _ o: Set<EntityType> = []) {
            // Hyphens are dropped from gaps, so "co-author of" is looked up as "co author of".
            for phrase in phrases {
                // (A phrase without the byte of "-" has no "-" Character: kept as it is, not
                // rebuilt Character by Character.)
                let key = phrase.utf8.contains(0x2D) ? String(phrase.map { $0 == "-" ? " " : $0 }) : phrase
                t[key] = Trigger(predicate: p, direction: d, sources: s, targets: o, phrase: key)
            }
        }
        // Lineage.
        add(["replaced by", "superseded by", "succeeded by", "gave way to", "give way to", "giving way to", "gives way to",
             "made way for", "make way for", "predecessor of", "predecessors of", "predecessor to",
             "predecessors to", "swapped for"], .replacedBy, .forward, bodies, bodies)
        add(["replaced", "replace", "replaces", "replacing", "superseded", "supersede", "succeeded", "took over from",
             "take over from", "taking over from", "successor to", "successors to", "successor of", "successors of",
             "successor body to", "replacement for", "replacements for"], .replacedBy, .backward, bodies, bodies)
        add(["became", "become", "becomes", "becoming", "evolved into", "evolve into", "evolves into", "evolving into",
             "developed into", "develop into", "develops into", "turned into", "turn into", "transformed into",
             "transform into", "converted into", "morphed into", "grew into", "mutated into", "matured into",
             "rebadged as", "reborn as", "transitioned into", "transitioned to", "transition to", "transition into",
             "evolution into", "evolved to",
             // "expanded and relaunched as the Clinical Practice Research Datalink".
             "relaunched as", "reconstituted as", "re-established as", "reorganised as", "reorganized as",
             "restructured as", "recast as", "relaunched itself as"], .evolvedInto, .forward, bodies, bodies)
        add(["renamed", "renamed as", "renamed to", "rebranded as", "rebranded", "now known as", "later known as",
             "renaming", "retitled", "( now", "now called", "name changed to", "re-named", "be called", "be renamed",
             "be renamed as", "be known as", "is to be called", "was to be called",
             // "X was renamed, becoming Y".
             "renamed , becoming", "renamed , to become", "renamed , as",
             // "In 2008 the trust took the name University Hospitals Bristol NHS Foundation Trust".
             "took the name", "takes the name", "adopted the name", "took the new name", "took on the name"], .renamedTo, .forward, bodies, bodies)
        // "NHS England (formerly the NHS Commissioning Board)", "X, previously known as Y".
        add(["formerly", "( formerly", "formerly known as", "previously known as", "formerly called", "previously called",
             "once known as", "originally known as", "originally called", "then known as", "then called",
             // "which was itself renamed from X": the old name comes after "from".
             "renamed from", "was renamed from", "were renamed from", "rebranded from", "was rebranded from"],
            .renamedTo, .backward, bodies, bodies)
        // "Integrated care systems grew out of the sustainability and transformation partnerships".
        add(["grew out of", "grown out of", "grows out of", "growing out of", "emerged from", "emerged out of", "evolved from",
             "evolved out of", "developed from", "developed out of"], .evolvedInto, .backward, bodies, bodies)
        // "It takes over the work of the Healthcare Commission, the CSCI and the MHAC": the
        // work of each passes on (a replacement, where "took over X" alone is an acquisition).
        var workTaken: [String] = []
        for verb in ["took over", "takes over", "take over", "taking over", "taken over", "took on", "takes on", "take on",
                     "taking on", "inherited", "inherits", "assumed", "assumes"] {
            for work in ["the work of", "the functions of", "the roles of", "the role of", "the duties of", "the powers of",
                         "the responsibilities of", "most of the functions of", "many of the functions of"] {
                workTaken.append(verb + " " + work)
            }
        }
        add(workTaken, .replacedBy, .backward, bodies, bodies)
        // "the 90 area health authorities were abolished and 192 district health authorities
        // took their place".
        add(["took their place", "took its place", "take their place", "take its place", "taking their place",
             "took the place of", "take the place of", "taking the place of", "in place of", "in their place"],
            .replacedBy, .backward, bodies, bodies)
        // "X, which had taken over from Y in 2000, ...".
        add(["taken over from", "had taken over from", "has taken over from", "have taken over from", "takes over from",
             "taking over from"], .replacedBy, .backward, bodies, bodies)
        // "the Nuffield Provincial Hospitals Trust, which renamed itself the Nuffield Trust".
        add(["renamed itself", "renamed itself as", "rebranded itself", "rebranded itself as", "restyled itself",
             "restyled itself as",
             // "the NHS Commissioning Board, which soon started calling itself NHS England".
             // ("which called itself X" gives another name, not a new one.)
             "started calling itself", "began calling itself", "now calls itself", "took to calling itself",
             "started to call itself", "began to call itself",
             // "For many years now it has called itself NHS National Services Scotland".
             "has called itself", "have called itself", "has been calling itself", "has styled itself",
             // Operating names: "In April 2017 the authority began trading as NHS Resolution",
             // "the board, which now trades as NHS Golden Jubilee".
             "began trading as", "started trading as", "trading as", "trades as", "traded as", "trade as",
             "began operating as", "started operating as", "now operates as", "operates as"], .renamedTo, .forward, bodies, bodies)
        // "came back together as NHS Kirklees CCG".
        add(["came back together as", "were brought back together as", "were reunited as", "reunited as"], .mergedInto, .forward, bodies, bodies)
        // "recommended that NHSX and NHS Digital be brought into NHS England".
        add(["brought into", "be brought into", "were brought into", "was brought into", "are brought into", "is brought into"],
            .mergedInto, .forward, bodies, bodies)
        add(["merged into", "merged with", "merge with", "merge into", "merges with", "merging with", "merged to form",
             "merge to form", "combined to form", "combine to form", "absorbed into", "absorbed by", "folded into",
             "amalgamated into", "amalgamated with", "merger with", "merged", "subsumed into", "subsumed within",
             "was merged into", "were merged into", "brought together as", "brought together to form", "brought together into",
             "combined into", "combined as", "came together as", "came together to form", "joined together as",
             "combined to create", "merged to create", "merged to become",
             // "A and B had already combined, forming C".
             "combined , forming", "merged , forming", "combined , creating", "merged , creating", "merged , becoming",
             "merge to become", "would merge to become",
             // "A was combined with B (and with C) to form D".
             "combined with", "was combined with", "were combined with", "joined with"], .mergedInto, .forward, bodies, bodies)
        // "The Care Quality Commission was created by merging the Healthcare Commission, ...".
        add(["created by merging", "formed by merging", "created by combining", "formed by combining", "formed from the merger of",
             "created from the merger of", "formed through the merger of", "created through the merger of", "created by the merger of",
             "formed by the merger of", "the product of a merger of", "formed from", "merger of",
             "assembled from", "formed out of", "created out of", "put together from"], .mergedInto, .backward, bodies, bodies)
        // "NHS England absorbed NHS Improvement and Health Education England": the absorbed
        // bodies merge into the one that takes them in.
        add(["absorbed", "absorbs", "absorbing", "subsumed", "swallowed up", "swallowed", "took in", "folded in",
             // "Frimley Park took over its neighbour, Heatherwood and Wexham Park": an acquisition.
             "took over", "takes over", "take over", "taking over", "taken over", "acquired", "acquires", "acquiring",
             // "It brought together the Wales Deanery, X and Y": bodies brought into a new one
             // (the present "brings together" describes a structure: part_of).
             "brought together"],
            .mergedInto, .backward, bodies, bodies)
        // Law.
        add(["established by", "established under", "created by", "created under", "set up by", "set up under",
             "introduced by", "introduced under", "formed by", "formed under", "brought in by", "brought in under",
             "established through", "created through", "given statutory footing by", "put on a statutory footing by",
             "placed on a statutory footing by", "made statutory by", "legislated for in", "enshrined in",
             "came into being under", "brought into being by", "formalised by", "formalised in", "established in",
             // "Her post was later given a statutory basis by the ... Act 2018".
             "given a statutory basis by", "put on a statutory basis by", "placed on a statutory basis by", "given a legal basis by",
             "given statutory force by",
             "created in", "introduced in", "proposed in", "proposed by", "set out in",
             // "The Provider Selection Regime Regulations 2023, made under the 2022 Act".
             "made under", "issued under", "laid under"], .establishedBy, .forward, [], laws)
        add(["established", "establishes", "establishing", "created", "creates", "creating", "set up", "sets up",
             "introduced", "introduces", "introducing", "formalised", "led to the formation of", "led to the creation of",
             "paved the way for", "brought in", "brings in", "legislated for", "gave statutory footing to",
             "put on a statutory footing", "placed on a statutory footing", "made statutory", "restored structures through",
             "proposed", "proposes", "will establish", "launched"], .establishedBy, .backward, [], laws)
        add(["abolished by", "abolished under", "scrapped by", "scrapped under", "dissolved by", "dissolved under",
             "swept away by", "abolished in", "abolished through", "removed by", "done away with by", "abolished as part of"],
            .abolishedBy, .forward, [], laws)
        add(["abolished", "abolishes", "abolishing", "abolish", "scrapped", "scraps", "dissolved", "dissolves",
             "swept away", "sweeps away", "did away with", "does away with", "removed", "abolition of"], .abolishedBy, .backward, [], laws)
        add(["amends", "amended", "amending", "amendment to", "amendment of"], .amends, .forward, [.act], [.act])
        // Structure.
        add(["part of", "is part of", "are part of", "form part of", "forms part of", "formed part of", "within",
             "sits within", "sit within", "sitting within", "belongs to", "belong to", "belonged to", "belonging to", "members of", "member of",
             "a member of", "component of", "components of", "hosted by", "a subsidiary of", "subsidiary of",
             "a division of", "division of", "a committee of", "committee of", "arm of", "an arm of", "come together in",
             "come together as peers in", "inside", "as partners in", "partners in",
             "nested within", "a sub-committee of", "embedded in", "embedded within",
             // "PHE was an executive agency of the Department of Health and Social Care".
             "an executive agency of", "executive agency of", "sits inside", "sits within", "sit inside", "sit within",
             "sat inside", "sat within", "is housed in", "housed within", "is hosted by", "an agency of", "agency of", "a directorate of",
             // "Monitor, which now operates as part of NHS Improvement".
             "operates as part of", "operated as part of", "operating as part of", "operate as part of", "works as part of",
             "run as part of", "runs as part of", "now part of",
             // "Queen Mary's Hospital became part of Oxleas NHS Foundation Trust".
             "became part of", "become part of", "becomes part of", "becoming part of",
             "directorate of", "a unit of", "unit of", "a department of", "a body within",
             // "Kent County Council sits on the integrated care partnership".
             "sits on", "sit on", "sat on", "has a seat on", "have a seat on", "represented on"], .partOf, .forward, bodies, bodies)
        // "Each ICS is made up of an ICB and an ICP": the parts come after.
        add(["made up of", "is made up of", "are made up of", "consists of", "consist of", "composed of", "comprises",
             "comprise", "comprising", "brings together", "bring together"], .partOf, .backward, bodies, bodies)
        add(["a type of", "type of", "a form of", "form of", "a flavour of", "flavour of", "a variant of", "variant of",
             "a kind of", "kind of", "version of", "a version of", "a subset of", "subset of", "a variety of",
             "are a flavour of", "is a flavour of", "are a type of", "is a type of", "are a form of", "is a form of",
             // "MCPs and PACS, both variants of the ACO".
             "variants of", "types of", "kinds of", "versions of", "flavours of", "forms of", "models of", "a model of"],
            .subtypeOf, .forward, bodies, bodies)
        // "Vale Royal CCG was one of 211 clinical commissioning groups": a named body of a form.
        add(["one of", "one of the", "among the", "among"], .instanceOf, .forward, bodies, bodies)
        add(["which include", "which includes", "including", "include", "includes", "such as"], .subtypeOf, .backward, bodies, bodies)
        add(["covering", "covers", "cover", "covered", "serving", "serves", "serve", "served", "responsible for",
             "operating in", "operates in", "spanning", "spans", "area covering", "for the population of",
             "for population of", "for the people of", "on behalf of the population of", "covering the whole of",
             "serves the whole of", "serving the whole of", "served the whole of", "covers the whole of", "covered the whole of",
             // "represents organisations across England, Wales and Northern Ireland".
             "represents organisations across", "represents organisations in", "represents members across",
             "represents members in", "works across", "operates across", "represent organisations across"], .covers, .forward, bodies, [.place])
        // People and influence.
        add(["advises", "advised", "advising", "advise", "adviser to", "advisor to", "advisers to", "advisors to",
             "special adviser to", "specialist advisor to", "specialist adviser to", "a specialist advisor to",
             "a specialist adviser to", "was a specialist advisor to", "consultant to", "gave advice to", "counsel to"],
            .advises, .forward, agents, agents)
        // "David Prior, who chaired NHS England", "had previously run the Nuffield Trust",
        // "NHS England, chaired by Richard Meddings": a person heads the body.
        let headed = bodies.subtracting([.report, .programme])
        add(["chaired", "chairs", "chairing", "ran", "runs", "running", "run", "headed", "heads", "heading",
             "presided over", "presides over", "was in charge of", "in charge of",
             // "Cathy Elliott, who used to chair Bradford District Care NHS Foundation Trust".
             "used to run", "used to chair", "used to lead", "used to head"], .leads, .forward, [.person], headed)
        add(["chaired by", "headed by", "run by", "presided over by", "under the leadership of", "now led by"],
            .leads, .backward, [.person], headed)
        // "demanded the resignation of Sir David Nicholson", "found fault with Monitor".
        add(["demanded the resignation of", "called for the resignation of", "calls for the resignation of",
             "demanded the sacking of", "called for the sacking of", "found fault with", "finds fault with",
             "blamed", "blames", "faulted", "censured", "rebuked", "questioned the wisdom of", "accused"],
            .criticised, .forward, agents.union([.report]), [])
        // "The Royal College of Nursing launched a legal challenge to the plan".
        add(["launched a legal challenge to", "brought a legal challenge to", "mounted a legal challenge to", "a legal challenge to",
             "legal challenge to", "launched a legal challenge against", "a judicial review of", "sought a judicial review of"],
            .criticised, .forward, agents, [])
        // "Julie Bailey, who founded the campaign group Cure the NHS": its founder leads it.
        add(["founded", "co-founded", "cofounded", "founder of", "co-founder of", "the founder of", "a founder of"],
            .leads, .forward, [.person], headed)
        add(["founded by", "co-founded by"], .leads, .backward, [.person], headed)
        // "Cathy Elliott, who used to chair Bradford District Care NHS Foundation Trust".
        add(["used to chair", "used to run", "used to lead", "used to head", "once chaired", "once ran", "once led", "once headed",
             "previously chaired", "previously ran", "previously led", "previously headed", "formerly chaired", "formerly ran",
             "formerly led", "formerly headed"], .leads, .forward, [.person], headed)
        // "The inquiry was ordered in June 2010 by Andrew Lansley", "Lansley ordered an inquiry".
        add(["ordered by", "was ordered by", "were ordered by", "set up by the then"], .commissioned, .backward, [.person, .nationalBody, .committee], [.report])
        add(["ordered", "orders", "ordering"], .commissioned, .forward, [.person, .nationalBody, .committee], [.report])
        // "Jim Mackey was appointed to lead NHS Improvement".
        add(["appointed to lead", "seconded to lead", "chosen to lead", "named to lead", "hired to lead", "recruited to lead",
             "brought in to lead", "picked to lead", "selected to lead", "appointed to run", "appointed to chair",
             "appointed to head", "went on to lead", "went on to run", "went on to chair", "went on to head"],
            .leads, .forward, [.person], headed)
        let writers: Set<EntityType> = [.person, .company, .committee, .thinkTank, .organisation]
        add(["edited", "co-edited", "compiled", "wrote", "authored", "author of", "co-author of", "co-authored", "lead author of", "drafted", "drew up",
             "draws up", "drawing up", "draw up", "led",
             "conducted", "carried out", "scripted", "penned", "co-wrote"], .authored, .forward, writers, works)
        add(["edited by", "co-edited by", "compiled by", "written by", "authored by", "co-authored by", "drafted by", "drawn up by", "led by", "conducted by", "carried out by",
             "by", "scripted by", "largely scripted by", "penned by", "written largely by"], .authored, .backward, writers, works)
        // Evidence given to a committee is advice to it.
        add(["gave evidence to", "give evidence to", "gives evidence to", "giving evidence to", "given evidence to",
             "submitted evidence to", "gave oral evidence to", "gave written evidence to", "testified to", "testified before",
             "appeared before", "told", "tells", "warned the", "briefed"], .advises, .forward, agents, [.committee])
        // "The committee heard evidence from the King's Fund".
        add(["heard evidence from", "took evidence from", "takes evidence from", "taking evidence from", "hears evidence from",
             "received evidence from", "took oral evidence from"], .advises, .backward, agents, [.committee])
        // "commissioned the Ambulance Response Programme": a programme as well as a report.
        add(["commissioned", "commissions"], .commissioned, .forward, agents, [.report, .programme])
        add(["commissioned by"], .commissioned, .backward, agents, [.report, .programme])
        add(["published", "publishes", "produced", "issued", "released", "unveiled", "launched"], .published, .forward, agents, works)
        // "The Department of Health set out an initial response, Patients First and Foremost".
        add(["set out", "sets out", "setting out"], .published, .forward, agents, [.report])
        add(["published by", "issued by", "released by", "launched by", "unveiled by", "produced by the"], .published, .backward, agents, works)
        add(["responded to", "responds to", "responding to", "in response to", "response to", "reacted to", "reacting to", "reaction to", "submission to", "evidence to",
             "commented on", "in reply to", "replied to"], .respondedTo, .forward, [], [])
        add(["criticised", "criticized", "criticises", "criticizes", "criticising", "condemned", "condemns", "attacked",
             "attacks", "attack on", "attacking", "opposed", "opposes", "opposing", "slammed", "slams", "lambasted",
             "denounced", "warned against", "warns against", "hit out at", "rejected", "rejects", "critical of",
             "criticism of", "critic of", "a critic of", "criticisms of", "halting", "committed to halting",
             "derided", "dismissed", "campaigned against", "campaigns against", "took on", "taking on", "refused to sign up to",
             "attack", "criticise", "criticize", "condemn", "oppose"],
            .criticised, .forward, [], [])
        // Wanting a thing gone is opposing it: "Labour promised to abolish the internal market".
        add(["promised to abolish", "pledged to abolish", "vowed to abolish", "promised to scrap", "pledged to scrap",
             "vowed to scrap", "promised to end", "pledged to end", "vowed to end", "wants to abolish", "want to abolish",
             "wanted to abolish", "wants to scrap", "wanted to scrap", "called for the abolition of", "calls for the abolition of",
             "promised to dismantle", "pledged to dismantle", "sought to abolish", "campaigned to abolish", "campaigned to scrap",
             "committed to scrapping", "committed to abolishing", "promised the abolition of", "pledged the abolition of",
             "called for the withdrawal of", "calls for the withdrawal of", "calling for the withdrawal of",
             "called for the repeal of", "calls for the repeal of", "calling for the repeal of",
             "pledged to repeal", "promised to repeal", "vowed to repeal", "voted to repeal", "wants to repeal", "demanded the withdrawal of",
             "urged the withdrawal of", "campaigned for the repeal of", "called for a halt to", "called for a pause to",
             "called for the scrapping of",
             // "urged the government to abandon X".
             "urged the government to abandon", "urged the government to scrap", "urged the government to drop", "urged the government to withdraw", "urged the government to halt", "urged the government to pause", "urged the government to shelve", "urged the government to ditch", "urged the government to repeal", "urged ministers to abandon", "urged ministers to scrap", "urged ministers to drop", "urged ministers to withdraw", "urged ministers to halt", "urged ministers to pause", "urged ministers to shelve", "urged ministers to ditch", "urged ministers to repeal", "called on the government to abandon", "called on the government to scrap", "called on the government to drop", "called on the government to withdraw", "called on the government to halt", "called on the government to pause", "called on the government to shelve", "called on the government to ditch", "called on the government to repeal", "called on ministers to abandon", "called on ministers to scrap", "called on ministers to drop", "called on ministers to withdraw", "called on ministers to halt", "called on ministers to pause", "called on ministers to shelve", "called on ministers to ditch", "called on ministers to repeal", "urges the government to abandon", "urges the government to scrap", "urges the government to drop", "urges the government to withdraw", "urges the government to halt", "urges the government to pause", "urges the government to shelve", "urges the government to ditch", "urges the government to repeal", "calls on the government to abandon", "calls on the government to scrap", "calls on the government to drop", "calls on the government to withdraw", "calls on the government to halt", "calls on the government to pause", "calls on the government to shelve", "calls on the government to ditch", "calls on the government to repeal"],
            .criticised, .forward, agents, [])
        add(["called for", "calls for", "calling for", "supports", "supported", "support", "supporting", "backed",
             "backs", "backing", "advocates", "advocated", "advocate of", "advocate for", "advocating", "a strong advocate for",
             "endorsed", "endorses", "endorsing", "championed", "champions", "promotes", "promoted", "promoting",
             "embraced", "embraces", "in support of", "is working to support", "working to support", "favours",
             "favoured", "pushed for", "pushes for", "lobbied for", "argued for", "argues for",
             "welcomed", "welcomes", "welcoming", "defended", "defends", "defending", "a supporter of", "a champion of", "a proponent of",
             "proponent of", "supporter of", "champion of", "a strong supporter of"],
            .supports, .forward, [], [])
        // Praise of a plan or law is support; praise of a person ("praised Chris Ham as an
        // expert") is not a stance on policy.
        add(["praised", "praises", "praising", "hailed", "hails", "applauded", "applauds", "commended", "commends", "lauded"],
            .supports, .forward, [], Set(EntityType.allCases).subtracting([.person, .place]))
        // "warned that the Act would fragment the NHS": checked for a harmful verb after the
        // object (see ``VerbRule/harmFollows(_:_:)``).
        add(["warned that", "warns that", "warning that", "cautioned that", "feared that", "fears that"],
            .criticised, .forward, agents, [])
        // Stances stated as nouns and adjectives ("a supporter of", "concerns about"): only
        // bodies and people hold them, so the subject must be an agent.
        add(["concerned about", "concerns about", "concern about", "concerns over", "concern over", "concerned by",
             "expressed concern about", "expressed concerns about", "raised concerns about", "raised concerns over",
             "voiced concerns about", "voiced concern about", "voiced opposition to", "opposition to", "opposed to",
             "sceptical of", "sceptical about", "skeptical of", "skeptical about", "critique of", "a critique of",
             "objected to", "objects to", "protested against", "campaigning against", "railed against", "spoke out against",
             "argued against", "argues against", "voted against", "hostile to", "an opponent of", "opponent of",
             "opponents of", "a fierce critic of", "a vocal critic of", "a leading critic of", "critics of",
             "reservations about", "expressed reservations about", "doubts about", "expressed doubts about", "misgivings about",
             "questioned", "questions", "challenged"],
            .criticised, .forward, agents, [])
        add(["supporter of", "a supporter of", "supporters of", "a strong supporter of", "proponent of", "a proponent of",
             "proponents of", "a champion of", "champion of", "in favour of", "argued in favour of", "argues in favour of",
             "spoke in favour of", "voted in favour of", "voted for", "support for", "supportive of", "welcomed the idea of",
             "welcomes the idea of", "enthusiastic about", "enthusiasm for", "keen on", "a backer of", "backer of",
             "signed up to", "committed to", "an advocate of", "advocates of", "a keen advocate of", "a vocal advocate of"],
            .supports, .forward, agents, [])
        return t
    }()

    /// Structure phrases that state membership of a body rather than being one of its parts.
    static let membershipPhrases: WordSet = ["members of", "member of", "a member of", "brings together", "bring together",
                                                 "sits on", "sit on", "sat on", "has a seat on", "have a seat on", "represented on",
                                                 "come together in", "come together as peers in", "as partners in", "partners in",
                                                 "belongs to", "belong to", "belonged to", "belonging to"]

    /// The phrases of ``table`` by their bytes (a cheaper lookup than the dictionary's), with
    /// each phrase's trigger at the phrase's index in ``triggers``.
    static let phrases: WordSet = WordSet(table.keys)
    static let triggers: [Trigger] = phrases.words.map { table[$0]! }

    /// The phrases of ``phrases`` as a trie of their words, each ending at its index in
    /// ``triggers``: ``VerbRule`` follows a run of gap words one word at a time, with no
    /// joined strings, and a run that is no phrase's beginning stops at once.
    static let trie = PhraseTrie(phrases.words)

    /// Words for a population or an area, allowed after a `covers` phrase.
    static let areaWords: WordSet = [
        "population", "populations", "people", "residents", "patients", "area", "areas", "million", "thousand",
        "around", "about", "approximately", "roughly", "more", "than", "nearly", "almost", "across", "communities",
        "community", "whole", "local", "geography", "region", "county", "borough", "boroughs", "district",
        "districts", "city", "living", "population's", "combined", "total", "at", "least", "up",
    ]

    /// Words dropped from a gap before it is looked up.
    static let fillers: WordSet = [
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should",
        "may", "might", "must", "shall", "can", "also", "then", "later", "eventually", "formally", "effectively",
        "subsequently", "quickly", "now", "partly", "largely", "itself", "themselves", "which", "that", "who", "whom",
        ",", "the", "a", "an", "its", "their", "his", "her", "duly", "finally", "officially", "ultimately", "gradually",
        "soon", "already", "originally", "initially", "first", "recently", "since", "effectively", "just", "all",
        "both", "each", "legally", "newly", "broadly", "fully", "to", "(", ")", "-", "in", "on", "of", "from", "by",
        "and", "as", "has been", "they", "it", "them", "\"", "report", "review", "paper", "document", "new", "latest",
        "our", "this", "these", "those", "own", "further", "later", "\u{2019}", "+", "%", "some", "over",
        // Quantifiers before a body form ("an ICB replaced several CCGs", "the ten CCGs").
        "several", "many", "most", "multiple", "various", "numerous", "single", "existing", "former",
        "remaining", "earlier", "previous", "original",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "dozens", "hundreds", "scores",
        // Verbs of intent before the stated verb ("chose to attack", "decided to replace").
        "chose", "choose", "chooses", "decided", "decides", "sought", "seeks", "opted", "tried", "tries", "went", "go", "goes",
        // "which in turn merged with", "said in response to": connectives and verbs of speech before the stated verb.
        "turn", "said", "says", "stated", "once", "together",
        // Kinds of document before a title ("published the white paper X").
        "white", "green", "consultation", "command", "discussion",
        // A class noun before a participle ("ICBs are statutory bodies created by ...").
        "statutory", "bodies", "body", "organisations", "organisation", "previously",
        // "has long opposed", "has always backed", "is very concerned about", "voted to oppose".
        "long", "always", "very", "so", "strong", "serious", "grave", "deep", "voted", "vote", "votes",
        "expressed", "voiced", "raised",
        // The act a stance is about: "backed the creation of ICSs", "opposed the introduction of X".
        "creation", "introduction", "establishment", "expansion", "idea", "principle", "concept",
        // "began work in 2013 as an executive agency of X": a start before the stated relation.
        "began", "begun", "work", "operating", "opened", "started", "life",
    ]
}

/// Phrases (words joined by single spaces) as a trie over their words.
///
/// Following the words `w1`, `w2`, ... from ``root`` reaches a node exactly when
/// `w1 + " " + w2 + ...` is a run of leading words of some phrase, and the node's ``phrase(at:)``
/// is the phrase's index when that string is a whole phrase. A word holding a space itself
/// (a key of a non-ASCII word may) is followed as the words it joins, so the answer is always
/// that of the joined string.
struct PhraseTrie: Sendable {
    /// A node of the trie.
    typealias Node = Int32

    /// Every word of a phrase; a word's number is its index here.
    private let words: WordSet
    /// The root's child by word number (-1 for none): nearly every lookup starts here.
    private var rootChildren: [Node]
    /// The other nodes' children, as (word number, child) pairs: a few each.
    private var children: [[(word: Int32, child: Node)]]
    /// Per node, the index of the phrase ending there, or -1.
    private var ending: [Int32]
    /// Per ``KeyInterner`` key number, the number of the word with that key, or -1: a gap's
    /// words (interned keys) are found with one array read, not a hash of their bytes. (Keys
    /// interned after the trie was made have higher numbers, and are no word of it.)
    private var wordOfKey: [Int32] = []
    /// Whether this process's `String` has the small-string layout ``SmallKey`` reads.
    private let smallLayout = SmallKey.layoutHolds

    /// The node no word has been followed to yet. (Computed, not a stored `static let`: a
    /// stored one was read through `swift_once` at every start of a phrase search.)
    @inline(__always) static var root: Node { 0 }

    /// The trie of `phrases`, each ending at its index in the array.
    init(_ phrases: [String]) {
        let split = phrases.map { Self.parts($0) }
        words = WordSet(split.joined())
        for (i, word) in words.words.enumerated() {
            let id = KeyInterner.shared.intern(word).id
            if id >= wordOfKey.count { wordOfKey += Array(repeating: -1, count: id + 1 - wordOfKey.count) }
            wordOfKey[id] = Int32(i)
        }
        rootChildren = Array(repeating: -1, count: words.count)
        children = [[]]
        ending = [-1]
        for (i, parts) in split.enumerated() {
            var node = Self.root
            for part in parts {
                let w = words.index(of: part)!
                if let next = step(node, w) {
                    node = next
                } else {
                    let next = Node(ending.count)
                    children.append([])
                    ending.append(-1)
                    if node == Self.root { rootChildren[w] = next } else { children[Int(node)].append((Int32(w), next)) }
                    node = next
                }
            }
            // As in a `WordSet`, the first of equal phrases keeps its index.
            if ending[Int(node)] < 0 { ending[Int(node)] = Int32(i) }
        }
    }

    /// The child of `node` by word number `w`, or nil.
    @inline(__always)
    private func step(_ node: Node, _ w: Int) -> Node? {
        if node == Self.root {
            let next = rootChildren[w]
            return next < 0 ? nil : next
        }
        for edge in children[Int(node)] where Int(edge.word) == w { return edge.child }
        return nil
    }

    /// The node reached from `node` by `word` (by each of its space-separated parts, if it
    /// has spaces), or nil when no phrase goes on that way.
    func child(_ node: Node, _ word: String) -> Node? {
        if let w = words.index(of: word) { return step(node, w) }
        // No word of the trie has a space: only a word with one may still go on, part by part.
        guard hasSpace(word) else { return nil }
        var at = node
        for part in word.split(separator: " ", omittingEmptySubsequences: false) {
            guard let w = words.index(of: String(part)), let next = step(at, w) else { return nil }
            at = next
        }
        return at
    }

    /// `child(node, key.text)`, the key's word found by its number.
    @inline(__always)
    func child(_ node: Node, _ key: KeyInterner.Key) -> Node? {
        let id = key.id
        if id < wordOfKey.count, wordOfKey[id] >= 0 { return step(node, Int(wordOfKey[id])) }
        // No word of the trie: only a key with a space may still go on, part by part.
        guard hasSpace(key.text) else { return nil }
        return child(node, key.text)
    }

    /// `phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)`, split
    /// by bytes when ASCII (where each byte is a Character and " " is the byte 0x20).
    private static func parts(_ phrase: String) -> [String] {
        // (Split by hand, over the bytes in place: the generic `split`, and then slicing the
        // string by its UTF-8 indices, cost more than the rest of building the trie.)
        var phrase = phrase
        let ascii = phrase.withUTF8 { u -> [String]? in
            var parts: [String] = []
            var start = 0
            for i in 0..<u.count {
                guard u[i] < 0x80 else { return nil }
                if u[i] == 0x20 {
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: u[start..<i]), as: UTF8.self))
                    start = i + 1
                }
            }
            parts.append(String(decoding: UnsafeBufferPointer(rebasing: u[start...]), as: UTF8.self))
            return parts
        }
        return ascii ?? phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    }

    /// Whether `word` holds a space. A small string (nearly every key) is tested in its two
    /// machine words (``SmallKey``: its bytes, zero-padded, a space being a zero byte after an
    /// XOR with spaces); others as bytes in place (the generic `contains` on the UTF-8 view
    /// cost more than the rest of a lookup).
    private func hasSpace(_ word: String) -> Bool {
        if smallLayout, let key = SmallKey(word) {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let spaces: UInt64 = 0x2020_2020_2020_2020
            let lo = key.lo ^ spaces
            // (The top byte holds the count and flags, not text: set so it tests as no space.)
            let hi = (key.hi ^ spaces) | 0xFF00_0000_0000_0000
            return ((lo &- ones) & ~lo & highs) | ((hi &- ones) & ~hi & highs) != 0
        }
        return Self.hasSpaceByte(word)
    }

    private static func hasSpaceByte(_ word: String) -> Bool {
        if let r = word.utf8.withContiguousStorageIfAvailable({ $0.contains(0x20) }) { return r }
        return word.utf8.contains(0x20)
    }

    /// Every run of `words` that is a phrase of at most seven words, as its start, length and
    /// phrase index, by start (see ``VerbRule``'s `phrases(in:)`). Each run grows a word at a
    /// time while it is the beginning of some phrase, so most starts cost one lookup.
    func runs(in words: [KeyInterner.Key]) -> [(start: Int, length: Int, trigger: Int)] {
        var found: [(start: Int, length: Int, trigger: Int)] = []
        // (The words are read through the buffer, borrowed, not copied out one by one.)
        words.withUnsafeBufferPointer { words in
            for s in 0..<words.count {
                var node = Self.root
                var length = 0
                while length < 7, s + length < words.count, let next = child(node, words[s + length]) {
                    node = next
                    length += 1
                    if let i = phrase(at: node) { found.append((s, length, i)) }
                }
            }
        }
        return found
    }

    /// The index of the phrase ending at `node`, or nil.
    @inline(__always)
    func phrase(at node: Node) -> Int? {
        let i = ending[Int(node)]
        return i < 0 ? nil : Int(i)
    }
}
