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
    ("Secretary of State for Health and Social Care", "national_body", "instance", "Health Secretary", "Secretary of State for Health"),
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
    ("Alan Milburn", "leads", "Secretary of State for Health and Social Care", None, "Alan Milburn"),
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
# ---- Batch 2 (h5-h8): written and annotated 2026-11-23, before any extraction was run on them.
# HTML and Markdown evidence is the visible text (see visible_blocks); a sixth field gives the role of a leads edge.
SOS_HSC = "Secretary of State for Health and Social Care"

build("h5-phe-break-up.html", [
    ("Public Health England", "national_body", "instance", "PHE"),
    ("UK Health Security Agency", "national_body", "instance", "UKHSA"),
    ("Office for Health Improvement and Disparities", "national_body", "instance", "OHID"),
    ("Department of Health and Social Care", "national_body", "instance", "DHSC", "health department"),
    ("Health and Social Care Act 2012", "act", "instance"),
    ("Local authority", "local_authority", "form", "local authorities", "councils"),
    ("Duncan Selbie", "person", "instance"),
    ("Matt Hancock", "person", "instance", "Mr Hancock"),
    (SOS_HSC, "national_body", "instance"),
    ("Policy Exchange", "think_tank", "instance"),
    ("National Institute for Health Protection", "national_body", "instance"),
    ("NHS Test and Trace", "programme", "instance"),
    ("Joint Biosecurity Centre", "national_body", "instance"),
    ("Dido Harding", "person", "instance"),
    ("Jenny Harries", "person", "instance"),
    ("England", "place", "instance"),
    ("Office for Health Promotion", "national_body", "instance"),
    ("Sajid Javid", "person", "instance"),
    ("Richard Murray", "person", "instance"),
    ("The King's Fund", "think_tank", "instance", "King's Fund"),
], [
    ("Public Health England", "replaced_by", "UK Health Security Agency", None, "its responsibilities are divided between"),
    ("Public Health England", "replaced_by", "Office for Health Improvement and Disparities", None, "its responsibilities are divided between"),
    ("Office for Health Improvement and Disparities", "part_of", "Department of Health and Social Care", None, "a new unit inside"),
    ("Public Health England", "established_by", "Health and Social Care Act 2012", 2013, "PHE was created in April 2013"),
    ("Duncan Selbie", "leads", "Public Health England", None, "run by Duncan Selbie", "chief executive"),
    ("Matt Hancock", "leads", SOS_HSC, 2020, "from Matt Hancock, then the Secretary of State", "secretary of state"),
    ("NHS Test and Trace", "merged_into", "National Institute for Health Protection", None, "would combine PHE's health protection teams"),
    ("Joint Biosecurity Centre", "merged_into", "National Institute for Health Protection", None, "would combine PHE's health protection teams"),
    ("Dido Harding", "leads", "NHS Test and Trace", None, "already in charge of the test-and-trace operation"),
    ("Dido Harding", "leads", "National Institute for Health Protection", None, "appointed its interim chair", "interim chair"),
    ("National Institute for Health Protection", "renamed_to", "UK Health Security Agency", None, "it would be called the UK Health Security Agency"),
    ("Jenny Harries", "leads", "UK Health Security Agency", None, "named Jenny Harries", "chief executive"),
    ("NHS Test and Trace", "merged_into", "UK Health Security Agency", None, "have both been absorbed into the new agency"),
    ("Joint Biosecurity Centre", "merged_into", "UK Health Security Agency", None, "have both been absorbed into the new agency"),
    ("Office for Health Promotion", "renamed_to", "Office for Health Improvement and Disparities", None, "first announced in March as the Office for Health Promotion"),
    ("Sajid Javid", "leads", SOS_HSC, None, "after Sajid Javid had succeeded Mr Hancock", "secretary of state"),
    ("Richard Murray", "leads", "The King's Fund", None, "Richard Murray, the chief executive of the King's Fund", "chief executive"),
])

build("h6-one-national-body.md", [
    ("NHS England", "national_body", "instance"),
    ("NHS Commissioning Board", "national_body", "instance"),
    ("Health and Social Care Act 2012", "act", "instance", "2012 Act"),
    ("National Health Service", "national_body", "instance", "NHS"),
    ("Monitor", "national_body", "instance"),
    ("Foundation Trust", "trust", "form", "foundation trusts", "NHS Foundation Trust"),
    ("NHS Improvement", "national_body", "instance", "NHSI"),
    ("NHS Trust Development Authority", "national_body", "instance", "TDA"),
    ("Health and Care Act 2022", "act", "instance", "Health and Care Act"),
    ("NHS Digital", "national_body", "instance"),
    ("Health Education England", "national_body", "instance", "HEE"),
    ("Special Health Authority", "national_body", "form", "special health authority", "special health authorities"),
    (SHA, "sha", "form", "strategic health authorities"),
    ("Health and Social Care Information Centre", "national_body", "instance"),
    ("Non-departmental public body", "national_body", "form", "non-departmental public body"),
    ("Care Act 2014", "act", "instance"),
    ("Jim Mackey", "person", "instance"),
    ("Northumbria Healthcare NHS Foundation Trust", "trust", "instance"),
    ("Ian Dalton", "person", "instance"),
    ("Dido Harding", "person", "instance"),
    ("NHS Long Term Plan", "report", "instance", "Long Term Plan"),
    ("Health and Social Care Committee", "committee", "instance"),
    ("Sarah Wollaston", "person", "instance"),
    ("Matt Hancock", "person", "instance"),
    ("NHSX", "national_body", "instance"),
    ("Laura Wade-Gery", "person", "instance"),
    ("Wade-Gery review", "report", "instance"),
    ("Sajid Javid", "person", "instance"),
    (SOS_HSC, "national_body", "instance", "health secretary"),
    (ICB, "icb", "form", "integrated care boards"),
], [
    ("Monitor", "part_of", "NHS Improvement", 2016, "began operating jointly as NHS Improvement"),
    ("NHS Trust Development Authority", "part_of", "NHS Improvement", 2016, "began operating jointly as NHS Improvement"),
    ("Monitor", "abolished_by", "Health and Care Act 2022", 2022, "abolished both Monitor and the TDA"),
    ("NHS Trust Development Authority", "abolished_by", "Health and Care Act 2022", 2022, "abolished both Monitor and the TDA"),
    ("Monitor", "replaced_by", "NHS England", 2022, "transferred their functions to NHS England"),
    ("NHS Trust Development Authority", "replaced_by", "NHS England", 2022, "transferred their functions to NHS England"),
    ("NHS Commissioning Board", "established_by", "Health and Social Care Act 2012", 2012, "The 2012 legislation set up the NHS Commissioning Board"),
    ("NHS Commissioning Board", "renamed_to", "NHS England", 2022, "renames the NHS Commissioning Board as NHS England"),
    ("NHS Trust Development Authority", "instance_of", "Special Health Authority", 2012, "a special health authority created in 2012"),
    ("Health and Social Care Information Centre", "established_by", "Health and Social Care Act 2012", None, "which the Act placed on a statutory footing"),
    ("Health and Social Care Information Centre", "renamed_to", "NHS Digital", 2016, "rebranded as NHS Digital"),
    ("Health Education England", "instance_of", "Special Health Authority", 2012, "began life as a special health authority"),
    ("Health Education England", "instance_of", "Non-departmental public body", 2014, "was made a non-departmental public body"),
    ("Health Education England", "established_by", "Care Act 2014", 2014, "was made a non-departmental public body"),
    ("Jim Mackey", "leads", "Northumbria Healthcare NHS Foundation Trust", None, "Jim Mackey, who was chief executive", "chief executive"),
    ("Northumbria Healthcare NHS Foundation Trust", "instance_of", "Foundation Trust", None, "Jim Mackey, who was chief executive"),
    ("Jim Mackey", "leads", "NHS Improvement", None, "seconded to lead the new organisation", "chief executive"),
    ("Ian Dalton", "leads", "NHS Improvement", None, "he was succeeded by Ian Dalton", "chief executive"),
    ("Dido Harding", "leads", "NHS Improvement", 2017, "Dido Harding became its chair", "chair"),
    ("NHS England", "published", "NHS Long Term Plan", 2019, "published by NHS England in January 2019"),
    ("Health and Social Care Committee", "supports", "NHS Long Term Plan", None, "broadly endorsed them"),
    ("Sarah Wollaston", "leads", "Health and Social Care Committee", None, "then chaired by Sarah Wollaston", "chair"),
    ("Laura Wade-Gery", "authored", "Wade-Gery review", 2021, "Laura Wade-Gery led a review"),
    ("NHSX", "merged_into", "NHS England", None, "be brought into NHS England"),
    ("Sajid Javid", "supports", "Wade-Gery review", 2021, "accepted the recommendation"),
    ("Sajid Javid", "leads", SOS_HSC, None, "by then health secretary", "secretary of state"),
    ("NHS Digital", "merged_into", "NHS England", 2023, "NHS Digital merged into NHS England"),
    ("Health Education England", "merged_into", "NHS England", 2023, "NHS Digital merged into NHS England"),
])

build("h7-bill-in-passage.txt", [
    ("Health and Social Care Act 2012", "act", "instance", "Health and Social Care Bill", "Health and Social Care Bill 2011-12"),
    ("NHS Future Forum", "committee", "instance"),
    ("National Health Service", "national_body", "instance", "NHS"),
    ("England", "place", "instance"),
    ("Equity and Excellence: Liberating the NHS", "report", "instance"),
    ("Department of Health", "national_body", "instance"),
    ("Andrew Lansley", "person", "instance", "Mr Lansley"),
    ("Secretary of State for Health and Social Care", "national_body", "instance", "Secretary of State for Health", "Secretary of State", "health secretary"),
    ("GP consortium", "ccg", "form", "GP consortia", "consortia"),
    (CCG, "ccg", "form", "clinical commissioning groups"),
    (PCT, "pct", "form", "primary care trusts"),
    (SHA, "sha", "form", "strategic health authorities"),
    ("NHS Commissioning Board", "national_body", "instance"),
    ("Monitor", "national_body", "instance"),
    ("Foundation Trust", "trust", "form", "foundation trusts"),
    ("British Medical Association", "association", "instance", "BMA"),
    ("Royal College of General Practitioners", "association", "instance"),
    ("Clare Gerada", "person", "instance"),
    ("Health Committee", "committee", "instance", "Health Committee of the House of Commons"),
    ("House of Commons", "organisation", "instance", "Commons"),
    ("Conservative Party", "party", "instance", "Conservative"),
    ("Stephen Dorrell", "person", "instance"),
    ("Liberal Democrats", "party", "instance"),
    ("Prime Minister", "national_body", "instance"),
    ("David Cameron", "person", "instance"),
    ("UK Government", "national_body", "instance", "Government"),
    ("Steve Field", "person", "instance"),
    ("Royal College of Nursing", "association", "instance"),
    ("Labour Party", "party", "instance"),
    ("House of Lords", "organisation", "instance"),
    ("Health and Wellbeing Board", "local_authority", "form", "health and wellbeing board"),
    ("Local authority", "local_authority", "form", "local authority", "local authorities"),
    ("Healthwatch England", "national_body", "instance"),
    ("Care Quality Commission", "national_body", "instance"),
    ("Jeremy Hunt", "person", "instance"),
], [
    ("Department of Health", "published", "Equity and Excellence: Liberating the NHS", 2010, "the white paper issued by the Department of Health"),
    ("Andrew Lansley", "leads", "Secretary of State for Health and Social Care", None, "Andrew Lansley, the Secretary of State for Health", "secretary of state"),
    ("Royal College of General Practitioners", "criticised", "Health and Social Care Act 2012", None, "risked fragmenting care"),
    ("British Medical Association", "criticised", "Health and Social Care Act 2012", None, "opposed the Bill from its early stages"),
    ("Clare Gerada", "leads", "Royal College of General Practitioners", None, "whose chair was Clare Gerada", "chair"),
    ("Health Committee", "part_of", "House of Commons", None, "The Health Committee of the House of Commons"),
    ("Stephen Dorrell", "leads", "Health Committee", None, "chaired by the Conservative former health secretary", "chair"),
    ("Stephen Dorrell", "leads", "Secretary of State for Health and Social Care", None, "chaired by the Conservative former health secretary", "former health secretary"),
    ("Stephen Dorrell", "member_of", "Conservative Party", None, "chaired by the Conservative former health secretary"),
    ("Health Committee", "criticised", "Health and Social Care Act 2012", None, "also raised concerns about the reforms"),
    ("Liberal Democrats", "criticised", "Health and Social Care Act 2012", 2011, "voted for substantial changes to the plans"),
    ("David Cameron", "leads", "Prime Minister", None, "the Prime Minister, David Cameron", "prime minister"),
    ("Steve Field", "leads", "NHS Future Forum", None, "chaired by Steve Field", "chair"),
    ("Steve Field", "leads", "Royal College of General Practitioners", None, "a former chair of the Royal College", "former chair"),
    ("GP consortium", "renamed_to", CCG, None, "GP consortia were renamed clinical commissioning groups"),
    ("Royal College of Nursing", "criticised", "Health and Social Care Act 2012", 2012, "joined the BMA in calling for the Bill to be withdrawn"),
    ("Labour Party", "criticised", "Health and Social Care Act 2012", 2012, "pledged to repeal it"),
    ("NHS Commissioning Board", "established_by", "Health and Social Care Act 2012", 2012, "established the NHS Commissioning Board and clinical commissioning groups"),
    (CCG, "established_by", "Health and Social Care Act 2012", 2012, "established the NHS Commissioning Board and clinical commissioning groups"),
    (PCT, "replaced_by", CCG, 2013, "took over commissioning from primary care trusts"),
    (PCT, "abolished_by", "Health and Social Care Act 2012", None, "It abolished primary care trusts"),
    (SHA, "abolished_by", "Health and Social Care Act 2012", None, "It abolished primary care trusts"),
    ("Health and Wellbeing Board", "established_by", "Health and Social Care Act 2012", None, "It also created a health and wellbeing board"),
    ("Health and Wellbeing Board", "part_of", "Local authority", None, "It also created a health and wellbeing board"),
    ("Healthwatch England", "established_by", "Health and Social Care Act 2012", None, "set up Healthwatch England"),
    ("Healthwatch England", "part_of", "Care Quality Commission", None, "set up Healthwatch England"),
    ("Jeremy Hunt", "leads", "Secretary of State for Health and Social Care", 2012, "replaced as Secretary of State by Jeremy Hunt", "secretary of state"),
])

build("h8-devo-manc.txt", [
    ("Greater Manchester", "place", "instance"),
    ("Devo Manc", "programme", "instance"),
    ("Stockport", "place", "instance"),
    ("Greater Manchester Combined Authority", "local_authority", "instance"),
    (CCG, "ccg", "form", "CCG", "CCGs", "clinical commissioning groups"),
    ("NHS England", "national_body", "instance"),
    ("George Osborne", "person", "instance"),
    ("Chancellor of the Exchequer", "national_body", "instance", "Chancellor"),
    ("Northern Powerhouse", "programme", "instance"),
    ("National Health Service", "national_body", "instance", "NHS"),
    ("Greater Manchester Health and Social Care Partnership", "stp", "instance"),
    ("Jon Rouse", "person", "instance"),
    ("Department of Health", "national_body", "instance"),
    ("Taking Charge of our Health and Social Care in Greater Manchester", "report", "instance"),
    ("Bolton", "place", "instance"),
    ("Bury", "place", "instance"),
    ("Manchester", "place", "instance"),
    ("Oldham", "place", "instance"),
    ("Rochdale", "place", "instance"),
    ("Salford", "place", "instance"),
    ("Tameside", "place", "instance"),
    ("Trafford", "place", "instance"),
    ("Wigan", "place", "instance"),
    ("Local care organisation", "aco", "form", "local care organisation"),
    ("Manchester City Council", "local_authority", "instance", "city council"),
    ("Manchester Health and Care Commissioning", "organisation", "instance"),
    ("Central Manchester University Hospitals NHS Foundation Trust", "trust", "instance"),
    ("University Hospital of South Manchester NHS Foundation Trust", "trust", "instance"),
    ("Manchester University NHS Foundation Trust", "trust", "instance"),
    ("Foundation Trust", "trust", "form", "NHS Foundation Trust"),
    ("Andy Burnham", "person", "instance"),
    ("Labour Party", "party", "instance", "Labour"),
    ("Gordon Brown", "person", "instance"),
    ("Secretary of State for Health and Social Care", "national_body", "instance", "Secretary of State for Health", "health secretary"),
    ("Mayor of Greater Manchester", "local_authority", "instance"),
    ("NHS Long Term Plan", "report", "instance"),
    ("England", "place", "instance"),
    (ICS, "ics", "form", "integrated care system"),
    ("Health and Care Act 2022", "act", "instance"),
    ("NHS Greater Manchester Integrated Care", "icb", "instance", "NHS Greater Manchester Integrated Care Board"),
    (ICB, "icb", "form", "integrated care board"),
    ("Richard Leese", "person", "instance", "Sir Richard Leese"),
    ("Mark Fisher", "person", "instance"),
    ("Greater Manchester Integrated Care Partnership", "icp", "instance"),
], [
    ("George Osborne", "leads", "Chancellor of the Exchequer", None, "George Osborne, the Chancellor", "chancellor"),
    ("George Osborne", "supports", "Northern Powerhouse", None, "Northern Powerhouse"),
    ("George Osborne", "supports", "Devo Manc", None, "its most prominent champion"),
    ("Jon Rouse", "leads", "Greater Manchester Health and Social Care Partnership", None, "as its chief officer", "chief officer"),
    ("Jon Rouse", "member_of", "Department of Health", None, "former senior civil servant in the Department of Health"),
    ("Manchester City Council", "member_of", "Manchester Health and Care Commissioning", None, "pooled their commissioning"),
    ("Central Manchester University Hospitals NHS Foundation Trust", "merged_into", "Manchester University NHS Foundation Trust", 2017, "merged with University Hospital"),
    ("University Hospital of South Manchester NHS Foundation Trust", "merged_into", "Manchester University NHS Foundation Trust", 2017, "merged with University Hospital"),
    ("Central Manchester University Hospitals NHS Foundation Trust", "instance_of", "Foundation Trust", None, "merged with University Hospital"),
    ("University Hospital of South Manchester NHS Foundation Trust", "instance_of", "Foundation Trust", None, "merged with University Hospital"),
    ("Manchester University NHS Foundation Trust", "instance_of", "Foundation Trust", None, "merged with University Hospital"),
    ("Andy Burnham", "leads", "Mayor of Greater Manchester", 2017, "first directly elected mayor", "mayor"),
    ("Andy Burnham", "leads", "Secretary of State for Health and Social Care", None, "Labour's health secretary", "former health secretary"),
    ("Andy Burnham", "member_of", "Labour Party", None, "Labour's health secretary"),
    (CCG, "abolished_by", "Health and Care Act 2022", 2022, "finished the job"),
    (CCG, "replaced_by", "NHS Greater Manchester Integrated Care", 2022, "the ten CCGs were dissolved"),
    ("Greater Manchester Health and Social Care Partnership", "replaced_by", "NHS Greater Manchester Integrated Care", 2022, "along with those of the partnership"),
    ("NHS Greater Manchester Integrated Care", "instance_of", ICB, None, "the integrated care board for the city region"),
    ("NHS Greater Manchester Integrated Care", "covers", "Greater Manchester", None, "the integrated care board for the city region"),
    ("Richard Leese", "leads", "NHS Greater Manchester Integrated Care", None, "Its chair is Sir Richard Leese", "chair"),
    ("Richard Leese", "leads", "Manchester City Council", None, "who led Manchester City Council", "leader"),
    ("Mark Fisher", "leads", "NHS Greater Manchester Integrated Care", None, "its chief executive is Mark Fisher", "chief executive"),
    ("NHS Greater Manchester Integrated Care", "member_of", "Greater Manchester Integrated Care Partnership", None, "sit together in the Greater Manchester"),
])

print("ok")
