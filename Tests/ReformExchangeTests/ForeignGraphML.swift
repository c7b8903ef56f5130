/// GraphML as other tools write it, trimmed to what matters to the importer.
enum ForeignGraphML {
    /// networkx.write_graphml of a DiGraph (from ../shared/tools/samples).
    static let networkx = """
    <?xml version='1.0' encoding='utf-8'?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
      <key id="d6" for="edge" attr.name="year" attr.type="long" />
      <key id="d5" for="edge" attr.name="predicate" attr.type="string" />
      <key id="d4" for="node" attr.name="weight" attr.type="double" />
      <key id="d3" for="node" attr.name="founded" attr.type="long" />
      <key id="d2" for="node" attr.name="type" attr.type="string" />
      <key id="d1" for="node" attr.name="name" attr.type="string" />
      <key id="d0" for="graph" attr.name="name" attr.type="string" />
      <key id="d7" for="edge" attr.name="confirmed" attr.type="boolean" />
      <graph edgedefault="directed">
        <node id="n0">
          <data key="d1">NHS England</data>
          <data key="d2">national_body</data>
          <data key="d3">2013</data>
          <data key="d4">0.5</data>
        </node>
        <node id="n1">
          <data key="d1">Five Year Forward View</data>
          <data key="d2">report</data>
        </node>
        <node id="n2">
          <data key="d1">The King’s Fund</data>
          <data key="d2">think_tank</data>
        </node>
        <edge source="n0" target="n1" id="0">
          <data key="d5">published</data>
          <data key="d6">2014</data>
          <data key="d7">True</data>
        </edge>
        <edge source="n2" target="n1" id="0">
          <data key="d5">responded_to</data>
          <data key="d6">2014</data>
        </edge>
        <data key="d0">written by networkx</data>
      </graph>
    </graphml>
    """

    /// What yEd saves: graphics inside <data>, labels in y:NodeLabel, resources at the end.
    static let yEd = """
    <?xml version="1.0" encoding="UTF-8" standalone="no"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:java="http://www.yworks.com/xml/yfiles-common/1.0/java" xmlns:sys="http://www.yworks.com/xml/yfiles-common/markup/primitives/2.0" xmlns:x="http://www.yworks.com/xml/yfiles-common/markup/2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:yed="http://www.yworks.com/xml/yed/3" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">
      <!--Created by yEd 3.23.2-->
      <key attr.name="Description" attr.type="string" for="graph" id="d0"/>
      <key for="port" id="d1" yfiles.type="portgraphics"/>
      <key attr.name="url" attr.type="string" for="node" id="d4"/>
      <key attr.name="description" attr.type="string" for="node" id="d5"/>
      <key for="node" id="d6" yfiles.type="nodegraphics"/>
      <key for="graphml" id="d7" yfiles.type="resources"/>
      <key for="edge" id="d10" yfiles.type="edgegraphics"/>
      <graph edgedefault="directed" id="G">
        <data key="d0"/>
        <node id="n0">
          <data key="d5"><![CDATA[the regulator]]></data>
          <data key="d6">
            <y:ShapeNode>
              <y:Geometry height="30.0" width="110.0" x="10.0" y="20.0"/>
              <y:Fill color="#FFCC00" transparent="false"/>
              <y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog" fontSize="12">NHS England</y:NodeLabel>
              <y:Shape type="rectangle"/>
            </y:ShapeNode>
          </data>
        </node>
        <node id="n1">
          <data key="d6">
            <y:ShapeNode>
              <y:NodeLabel>Sánchez &amp; Co “Ltd”</y:NodeLabel>
            </y:ShapeNode>
          </data>
        </node>
        <edge id="e0" source="n0" target="n1">
          <data key="d10">
            <y:PolyLineEdge>
              <y:Arrows source="none" target="standard"/>
              <y:EdgeLabel>Oversees</y:EdgeLabel>
            </y:PolyLineEdge>
          </data>
        </edge>
      </graph>
      <data key="d7">
        <y:Resources/>
      </data>
    </graphml>
    """

    /// Gephi's GraphML export: `label`, colours, positions, a computed class, ids as numbers.
    static let gephi = """
    <?xml version="1.0" encoding="UTF-8"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key attr.name="label" attr.type="string" for="node" id="label"/>
      <key attr.name="Edge Label" attr.type="string" for="edge" id="edgelabel"/>
      <key attr.name="weight" attr.type="double" for="edge" id="weight"/>
      <key attr.name="r" attr.type="int" for="node" id="r"/>
      <key attr.name="x" attr.type="float" for="node" id="x"/>
      <key attr.name="Modularity Class" attr.type="int" for="node" id="modularity_class"/>
      <graph edgedefault="directed">
        <node id="0">
          <data key="label">Vale Royal CCG</data>
          <data key="r">153</data>
          <data key="x">-12.5</data>
          <data key="modularity_class">2</data>
        </node>
        <node id="1">
          <data key="label">NHS Cheshire CCG</data>
          <data key="x">1.5E3</data>
        </node>
        <edge id="0" source="0" target="1">
          <data key="edgelabel">Merged into</data>
          <data key="weight">1.0</data>
        </edge>
        <edge id="1" source="1" target="1"/>
      </graph>
    </graphml>
    """
}
