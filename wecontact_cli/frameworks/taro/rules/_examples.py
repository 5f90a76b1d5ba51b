"""The Taro base project the rules' examples are laid over (the tests build the same one).

An example's ``files`` replace the base's files by path: ``view(cell)`` is the base page's
``index.tsx`` with ``cell`` in place of its (correct) contact button.
"""

from __future__ import annotations

VIEW = "src/pages/index/index.tsx"
PAGE_CONFIG = "src/pages/index/index.config.ts"
APP_CONFIG = "src/app.config.ts"
GOOD_CELL = "<cell plugid='a1b2c3d4' onStartmessage={onStart} onCompletemessage={onComplete} />"
DECLARATION = "  plugins: {\n    contactPlugin: { version: '1.3.0', provider: 'wx104a1a20c3f81ec2' },\n  },\n"
USING = "  usingComponents: {\n    cell: 'plugin://contactPlugin/cell',\n  },\n"

BASE = {
    "package.json": '{\n  "name": "taro-base",\n  "dependencies": {"@tarojs/taro": "4.0.9", "@tarojs/components": '
                    '"4.0.9", "react": "^18.3.1"}\n}\n',
    "project.config.json": '{\n  "miniprogramRoot": "dist/",\n  "compileType": "miniprogram"\n}\n',
    "tsconfig.json": '{\n  "compilerOptions": {"jsx": "react-jsx", "strict": true},\n'
                     '  "include": ["./src", "./types"]\n}\n',
    "config/index.ts": "export default {\n  projectName: 'taro-base',\n  sourceRoot: 'src',\n"
                       "  outputRoot: 'dist',\n  framework: 'react',\n}\n",
    "types/global.d.ts": "/// <reference types=\"@tarojs/taro\" />\n\ndeclare namespace JSX {\n"
                         "  interface IntrinsicElements {\n    cell: any\n  }\n}\n",
    APP_CONFIG: "export default defineAppConfig({\n  pages: ['pages/index/index'],\n" + DECLARATION + "})\n",
    PAGE_CONFIG: "export default definePageConfig({\n  navigationBarTitleText: '联系客服',\n" + USING + "})\n",
}


def view(cell: str = GOOD_CELL, *, before: str = "", inside: str = "") -> str:
    """The base page's view with ``cell`` as its contact button (``before``: lines above the
    component, ``inside``: lines at the start of the component's body)."""
    return ("import { View } from '@tarojs/components'\n\n" + before
            + "export default function Index() {\n  const onStart = () => {}\n  const onComplete = () => {}\n"
            + inside + "  return (\n    <View>\n      " + cell + "\n    </View>\n  )\n}\n")


BASE[VIEW] = view()


def files(cell: str, **extra: str) -> dict[str, str]:
    """An example: the base page's view with ``cell``, and other files by path."""
    return {VIEW: view(cell), **extra}
