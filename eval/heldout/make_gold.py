#!/usr/bin/env python3
"""Writes the held-out gold files (schema JSON) from compact specs below."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))  # eval/heldout

def sentences(text):
    text = re.sub(r"\s+", " ", text)
    return re.split(r"(?<=[.!?])\s+(?=[A-Z\"'])", text)

BLOCK_TAGS = r"p|li|ul|ol|h[1-6]|div|blockquote|header|footer|nav|aside|main|article|section|tr|td|br|title|button"

def visible_blocks(doc, raw):
    """The text a reader sees, one block (paragraph, list item, heading) per entry.
    HTML: head, scripts, styles and tags dropped, entities decoded. Markdown: heading,
    list and emphasis markers dropped. Plain text is one block (h1-h4 depend on that)."""
    if doc.endswith(".html"):
        import html
        raw = re.sub(r"(?is)<head\b.*?</head>|<script\b.*?</script>|<style\b.*?</style>|<!--.*?-->", " ", raw)
        raw = re.sub(r"(?i)</?(?:%s)\b[^>]*>" % BLOCK_TAGS, "\n", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
        return [b for b in (" ".join(l.split()) for l in raw.split("\n")) if b]
    if doc.endswith(".md"):
        out = []
        for line in raw.split("\n"):
            line = re.sub(r"^\s*(?:#+|[-*+]|\d+\.)\s+", "", line)
            line = re.sub(r"(\*\*|\*|__|`)", "", line).strip()
            if line:
                out.append(line)
        return out
    return [raw]

def build(doc, ents, rels):
    text = open(os.path.join(HERE, "corpus", doc), encoding="utf-8").read()
    sents = [x for block in visible_blocks(doc, text) for x in sentences(block)]
    names = {}
    out_e = []
    for spec in ents:
        name, typ, kind, *aliases = spec
        names[name] = typ
        out_e.append({"name": name, "type": typ, "kind": kind, "aliases": aliases})
    out_r = []
    for spec in rels:
        s, p, t, year, cue, *role = spec  # optional sixth field: role (for leads)
        assert s in names, s
        assert t in names, t
        ev = [x for x in sents if cue in x]
        assert ev, (doc, cue)
        r = {"source": s, "target": t, "predicate": p}
        if year: r["year"] = year
        if role: r["role"] = role[0]
        r["evidence"] = [{"document": doc, "sentence": ev[0]}]
        out_r.append(r)
    path = os.path.join(HERE, "gold", os.path.splitext(doc)[0] + ".json")
    json.dump({"document": doc, "entities": out_e, "relations": out_r}, open(path, "w"), indent=1, ensure_ascii=False)

ICB, ICS, CCG, PCT, SHA = "Integrated Care Board", "Integrated Care System", "Clinical Commissioning Group", "Primary Care Trust", "Strategic Health Authority"

build("h1-kent-and-medway.txt", [
    ("Kent and Medway", "place", "instance"),
    ("NHS Kent and Medway Integrated Care Board", "icb", "instance", "NHS Kent and Medway ICB", "Kent and Medway Integrated Care Board"),
    (ICB, "icb", "form", "ICB", "ICBs", "integrated care boards"),
    ("Kent and Medway Clinical Commissioning Group", "ccg", "instance", "Kent and Medway CCG"),
    (CCG, "ccg", "form", "CCG", "CCGs", "clinical commissioning groups"),
    ("Health and Care Act 2022", "act", "instance"),
    ("Paul Bentley", "person", "instance"),
    ("National Health Service", "national_body", "instance", "NHS"),
    ("Kent and Medway Integrated Care System", "ics", "instance", "Kent and Medway ICS"),
    (ICS, "ics", "form", "ICS", "ICSs", "integrated care systems"),
    ("England", "place", "instance"),
    ("Health and Social Care Act 2012", "act", "instance"),
    (PCT, "pct", "form", "PCT", "PCTs", "primary care trusts"),
    ("Richard Murray", "person", "instance"),
    ("The King's Fund", "think_tank", "instance", "King's Fund"),
    ("Unison", "association", "instance", "UNISON"),
    ("Kent County Council", "local_authority", "instance"),
    ("Medway Council", "local_authority", "instance"),
    ("Kent and Medway Integrated Care Partnership", "icp", "instance", "Kent and Medway ICP"),
    ("Integrated Care Partnership", "icp", "form", "ICP", "ICPs", "integrated care partnerships"),
], [
    ("Kent and Medway Clinical Commissioning Group", "replaced_by", "NHS Kent and Medway Integrated Care Board", 2022, "took over the planning"),
    ("Kent and Medway Clinical Commissioning Group", "abolished_by", "Health and Care Act 2022", 2022, "took over the planning"),
    ("NHS Kent and Medway Integrated Care Board", "instance_of", ICB, None, "took over the planning"),
    ("Kent and Medway Clinical Commissioning Group", "instance_of", CCG, None, "took over the planning"),
    ("NHS Kent and Medway Integrated Care Board", "covers", "Kent and Medway", None, "The board covers"),
    ("Paul Bentley", "leads", "NHS Kent and Medway Integrated Care Board", None, "Paul Bentley"),
    ("NHS Kent and Medway Integrated Care Board", "part_of", "Kent and Medway Integrated Care System", None, "The board is part of"),
    ("Kent and Medway Integrated Care System", "instance_of", ICS, None, "The board is part of"),
    (CCG, "established_by", "Health and Social Care Act 2012", 2012, "were introduced by"),
    (PCT, "replaced_by", CCG, 2013, "They took on commissioning"),
    ("Richard Murray", "leads", "The King's Fund", None, "Richard Murray"),
    ("Unison", "criticised", "Health and Care Act 2022", None, "Unison criticised"),
    ("Kent County Council", "member_of", "Kent and Medway Integrated Care Partnership", None, "are members of"),
    ("Medway Council", "member_of", "Kent and Medway Integrated Care Partnership", None, "are members of"),
    ("Kent and Medway Integrated Care Partnership", "instance_of", "Integrated Care Partnership", None, "are members of"),
    ("NHS Kent and Medway Integrated Care Board", "member_of", "Kent and Medway Integrated Care Partnership", None, "brings together the board"),
])

ACO = "Accountable Care Organisation"
build("h2-new-care-models.txt", [
    ("NHS England", "national_body", "instance"),
    ("Five Year Forward View", "report", "instance"),
    ("Simon Stevens", "person", "instance"),
    ("Vanguard programme", "programme", "instance", "vanguard sites", "vanguard", "vanguards", "New Care Models programme"),
    ("Multispecialty Community Provider", "aco", "form", "MCP", "MCPs", "multispecialty community providers"),
    ("Primary and Acute Care System", "aco", "form", "PACS", "primary and acute care systems"),
    (ACO, "aco", "form", "ACO", "ACOs", "accountable care organisations"),
    ("Dudley", "place", "instance"),
    ("Dudley Clinical Commissioning Group", "ccg", "instance", "Dudley CCG"),
    (CCG, "ccg", "form", "CCG", "CCGs", "clinical commissioning groups"),
    ("Integrated Care Provider", "aco", "form", "integrated care provider"),
    ("Dudley Integrated Health and Care NHS Trust", "trust", "instance"),
    ("NHS trust", "trust", "form", "NHS trusts"),
    ("Keep Our NHS Public", "association", "instance", "KONP"),
    ("Allyson Pollock", "person", "instance"),
    ("Newcastle University", "organisation", "instance"),
    ("Health and Social Care Committee", "committee", "instance"),
    ("Sarah Wollaston", "person", "instance"),
    ("Chris Ham", "person", "instance"),
    ("The King's Fund", "think_tank", "instance", "King's Fund"),
    ("Accountable Care System", "aco", "form", "ACS", "accountable care systems"),
    (ICS, "ics", "form", "ICS", "ICSs", "integrated care systems"),
], [
    ("NHS England", "published", "Five Year Forward View", 2014, "When NHS England published"),
    ("Simon Stevens", "leads", "NHS England", None, "When NHS England published"),
    ("Multispecialty Community Provider", "subtype_of", ACO, None, "Among the models"),
    ("Primary and Acute Care System", "subtype_of", ACO, None, "Among the models"),
    ("Dudley Clinical Commissioning Group", "instance_of", CCG, None, "Dudley Clinical Commissioning Group planned"),
    ("Multispecialty Community Provider", "replaced_by", "Integrated Care Provider", 2018, "gave way to"),
    ("Dudley Integrated Health and Care NHS Trust", "instance_of", "NHS trust", None, "gave way to"),
    ("Keep Our NHS Public", "criticised", ACO, None, "Keep Our NHS Public attacked"),
    ("Allyson Pollock", "member_of", "Newcastle University", None, "Allyson Pollock"),
    ("Sarah Wollaston", "leads", "Health and Social Care Committee", None, "chaired by Sarah Wollaston"),
    ("Chris Ham", "leads", "The King's Fund", None, "Chris Ham, then chief executive"),
    ("Chris Ham", "advises", "Health and Social Care Committee", 2018, "gave evidence"),
    ("Accountable Care System", "renamed_to", ICS, 2018, "were renamed"),
    ("Accountable Care System", "subtype_of", ACO, None, "were renamed"),
])

build("h3-from-markets-to-commissioning.txt", [
    ("National Health Service and Community Care Act 1990", "act", "instance", "NHS and Community Care Act 1990"),
    ("Internal market", "programme", "instance", "internal market"),
    ("Health Authority", "sha", "form", "health authorities"),
    ("NHS trust", "trust", "form", "NHS trusts"),
    ("GP fundholding", "programme", "instance", "fundholding"),
    ("Labour Party", "party", "instance", "Labour"),
    ("The New NHS: Modern, Dependable", "report", "instance", "The New NHS"),
    ("Primary Care Group", "pct", "form", "PCG", "PCGs", "primary care groups"),
    (PCT, "pct", "form", "PCT", "PCTs", "primary care trusts"),
    ("Health Act 1999", "act", "instance"),
    (SHA, "sha", "form", "SHA", "SHAs", "strategic health authorities"),
    ("Alan Milburn", "person", "instance"),
    ("Secretary of State for Health", "national_body", "instance", "Health Secretary", "Secretary of State for Health and Social Care"),
    ("Foundation Trust", "trust", "form", "foundation trusts", "NHS foundation trust"),
    ("Health and Social Care (Community Health and Standards) Act 2003", "act", "instance"),
    ("Frank Dobson", "person", "instance"),
    ("Department of Health", "national_body", "instance", "DH"),
    ("Equity and Excellence: Liberating the NHS", "report", "instance", "Equity and Excellence", "Liberating the NHS"),
    ("Health and Social Care Act 2012", "act", "instance", "Health and Social Care Bill"),
    (CCG, "ccg", "form", "CCG", "CCGs", "clinical commissioning groups"),
    ("British Medical Association", "association", "instance", "BMA"),
    ("Royal College of General Practitioners", "association", "instance", "RCGP"),
], [
    ("Internal market", "established_by", "National Health Service and Community Care Act 1990", 1990, "created the internal market"),
    ("Primary Care Group", "established_by", "The New NHS: Modern, Dependable", 1997, "proposed primary care groups"),
    ("Primary Care Group", "evolved_into", PCT, 2000, "proposed primary care groups"),
    (PCT, "established_by", "Health Act 1999", 1999, "legal basis"),
    ("Health Authority", "replaced_by", SHA, 2002, "were replaced by 28"),
    ("Alan Milburn", "leads", "Secretary of State for Health", None, "Alan Milburn"),
    ("Alan Milburn", "supports", "Foundation Trust", None, "championed"),
    ("Foundation Trust", "established_by", "Health and Social Care (Community Health and Standards) Act 2003", 2003, "championed"),
    ("Frank Dobson", "criticised", "Foundation Trust", None, "opposed the idea"),
    ("Department of Health", "published", "Equity and Excellence: Liberating the NHS", 2010, "published the white paper"),
    (PCT, "abolished_by", "Health and Social Care Act 2012", 2012, "Both were abolished"),
    (SHA, "abolished_by", "Health and Social Care Act 2012", 2012, "Both were abolished"),
    (PCT, "replaced_by", CCG, 2013, "Both were abolished"),
    ("British Medical Association", "criticised", "Health and Social Care Act 2012", None, "opposed the Bill"),
    ("Royal College of General Practitioners", "criticised", "Health and Social Care Act 2012", None, "opposed the Bill"),
])

build("h4-leadership.txt", [
    ("Amanda Pritchard", "person", "instance"),
    ("NHS England", "national_body", "instance"),
    ("Simon Stevens", "person", "instance"),
    ("House of Lords", "organisation", "instance"),
    ("Guy's and St Thomas' NHS Foundation Trust", "trust", "instance"),
    ("Foundation Trust", "trust", "form", "NHS Foundation Trust", "foundation trusts"),
    ("NHS Improvement", "national_body", "instance"),
    ("NHS Digital", "national_body", "instance"),
    ("Health Education England", "national_body", "instance", "HEE"),
    ("Patricia Hewitt", "person", "instance"),
    ("Labour Party", "party", "instance", "Labour"),
    ("Norfolk and Waveney Integrated Care Board", "icb", "instance", "Norfolk and Waveney ICB", "NHS Norfolk and Waveney ICB"),
    (ICB, "icb", "form", "ICB", "ICBs", "integrated care boards"),
    ("Jeremy Hunt", "person", "instance"),
    (ICS, "ics", "form", "ICS", "ICSs", "integrated care systems"),
    ("Hewitt Review", "report", "instance"),
    ("NHS Confederation", "association", "instance"),
    ("Matthew Taylor", "person", "instance"),
    ("The Health Foundation", "think_tank", "instance", "Health Foundation"),
    ("Department of Health and Social Care", "national_body", "instance", "DHSC"),
    ("Wes Streeting", "person", "instance"),
    ("Secretary of State for Health and Social Care", "national_body", "instance"),
    ("Nuffield Trust", "think_tank", "instance"),
], [
    ("Amanda Pritchard", "leads", "NHS England", 2021, "Amanda Pritchard was appointed"),
    ("Simon Stevens", "leads", "NHS England", None, "Amanda Pritchard was appointed"),
    ("Simon Stevens", "member_of", "House of Lords", None, "joined the House of Lords"),
    ("Amanda Pritchard", "leads", "Guy's and St Thomas' NHS Foundation Trust", None, "previously run"),
    ("Guy's and St Thomas' NHS Foundation Trust", "instance_of", "Foundation Trust", None, "previously run"),
    ("NHS Improvement", "merged_into", "NHS England", 2022, "NHS Improvement merged"),
    ("NHS Digital", "merged_into", "NHS England", 2023, "NHS Improvement merged"),
    ("Health Education England", "merged_into", "NHS England", 2023, "NHS Improvement merged"),
    ("Patricia Hewitt", "member_of", "Labour Party", None, "Patricia Hewitt"),
    ("Patricia Hewitt", "leads", "Norfolk and Waveney Integrated Care Board", None, "Patricia Hewitt"),
    ("Norfolk and Waveney Integrated Care Board", "instance_of", ICB, None, "Patricia Hewitt"),
    ("Jeremy Hunt", "commissioned", "Hewitt Review", None, "Patricia Hewitt"),
    ("Patricia Hewitt", "authored", "Hewitt Review", 2023, "Patricia Hewitt"),
    ("Matthew Taylor", "leads", "NHS Confederation", None, "Matthew Taylor"),
    ("NHS Confederation", "supports", "Hewitt Review", None, "welcomed the review"),
    ("The Health Foundation", "responded_to", "Hewitt Review", None, "welcomed the review"),
    ("NHS England", "merged_into", "Department of Health and Social Care", 2025, "would be abolished"),
    ("Wes Streeting", "leads", "Secretary of State for Health and Social Care", None, "Wes Streeting"),
])
print("ok")
