"""The handlers completion offers in a Taro JSX view: the functions in scope where the cell
is (a function component's), or ``this.method`` in a class component; never a component
(capitalised), a static method nor a lifecycle method."""

from __future__ import annotations

from wecontact_cli.frameworks.taro.handlers import visible_handlers

FUNCTION = """function helper() {}
export default function Index() {
  const onDone = () => {}
  function onTap(e) {}
  const Banner = () => <View />
  const label = 'x'
  return <cell plugid="a1b2c3d4" onCompletemessage={onDone} />
}
function Other() {
  const onElsewhere = () => {}
  return null
}
"""
CLASS = """export default class Index extends Component {
  static onStatic() {}
  onDone = () => {}
  count = 1
  onTap(e) {}
  componentDidMount() {}
  componentDidShow() {}
  render() {
    return <cell plugid="a1b2c3d4" />
  }
}
"""


def test_a_function_component_offers_the_functions_in_its_scopes() -> None:
    found = visible_handlers(FUNCTION, "index.tsx", [FUNCTION.index("<cell")])
    assert {"onDone", "onTap", "helper"} <= found
    assert not found & {"Banner", "label", "onElsewhere", "Other"}


def test_a_class_component_offers_its_methods_through_this() -> None:
    found = visible_handlers(CLASS, "index.jsx", [CLASS.index("<cell")])
    assert {"this.onDone", "this.onTap"} <= found
    assert not found & {"this.onStatic", "this.count", "this.constructor"}
    # React and Taro call their lifecycle methods themselves: no event's handler
    assert not found & {"this.render", "this.componentDidMount", "this.componentDidShow"}
