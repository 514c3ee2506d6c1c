import Foundation
import XCTest

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Parses rendered SVG and answers questions about its elements for the tests.
struct SVGInspector {
  let document: XMLDocument
  let text: String

  init(_ svg: String, file: StaticString = #filePath, line: UInt = #line) throws {
    text = svg
    document = try XMLDocument(xmlString: svg, options: [])
  }

  /// Elements with a local name and (optionally) a class attribute.
  func elements(_ name: String, class cls: String? = nil) -> [XMLElement] {
    let predicate = cls.map { " and @class='\($0)'" } ?? ""
    let nodes = (try? document.nodes(forXPath: "//*[local-name()='\(name)'\(predicate)]")) ?? []
    return nodes.compactMap { $0 as? XMLElement }
  }

  /// Elements of any name with a class attribute.
  func byClass(_ cls: String) -> [XMLElement] {
    let nodes = (try? document.nodes(forXPath: "//*[@class='\(cls)']")) ?? []
    return nodes.compactMap { $0 as? XMLElement }
  }

  /// The text content of `<text>` elements with a class.
  func texts(_ cls: String) -> [String] { elements("text", class: cls).map { $0.stringValue ?? "" } }

  /// The `<g class="axes">` groups.
  var axesGroups: [XMLElement] { elements("g", class: "axes") }

  /// Elements with a class inside one axes group.
  func within(_ group: XMLElement, _ name: String, class cls: String) -> [XMLElement] {
    let nodes = (try? group.nodes(forXPath: ".//*[local-name()='\(name)' and @class='\(cls)']")) ?? []
    return nodes.compactMap { $0 as? XMLElement }
  }

  /// A numeric attribute.
  static func number(_ e: XMLElement, _ attr: String) -> Double? {
    SVGInspector.attr(e, attr).flatMap(Double.init)
  }

  /// Attribute string.
  /// (`attribute(forName:)` misses attributes of namespaced elements in FoundationXML on Linux.)
  static func attr(_ e: XMLElement, _ attr: String) -> String? {
    e.attributes?.first { $0.name == attr }?.stringValue
  }

  /// Fails when any attribute value contains NaN or infinity spellings.
  func assertFiniteCoordinates(file: StaticString = #filePath, line: UInt = #line) {
    let nodes = (try? document.nodes(forXPath: "//@*")) ?? []
    for node in nodes {
      let value = node.stringValue ?? ""
      if node.name == "xlink:href" || node.name == "href" { continue }
      for bad in ["NaN", "nan", "inf", "Inf"] where value.contains(bad) {
        XCTFail("attribute \(node.name ?? "?")=\(value.prefix(80)) contains \(bad)", file: file, line: line)
      }
    }
  }
}
