// The extractor: ingestion, sentences, lexicon, rules, relations. (being written)
import ReformCore
