// The query engine. (being written)
import ReformCore
