#!/usr/bin/env python3
"""Generate a synthetic Taro 4 project (React, TypeScript) for benchmarking `wecontact lint`.

    python benchmarks/generate_taro.py OUT_DIR --pages N [--seed S] [--force] [--summary FILE]

Writes what a Taro project holds: ``package.json`` (@tarojs/taro 4), ``config/index.ts``
(defineConfig with merge), ``project.config.json`` (miniprogramRoot ``dist/``, Taro's build
output), ``tsconfig.json``, ``types/global.d.ts`` (the cell's JSX declaration), and ``src/``:
``app.config.ts`` (the contact plugin declared, half the pages in up to four subpackages),
``app.ts``, one shared component rendering the cell, and N pages (``index.tsx``,
``index.config.ts``, ``index.scss``). Each view is 3-4 KB of realistic TSX: hooks, lists with
``map`` and ``key``, conditions, handlers, Chinese text.

A quarter of the pages use the contact cell (registered in their ``index.config.ts``), one in
ten of those through the shared component. One cell page in five carries one planted mistake,
the kinds taken in turn: ``plugId`` spelling, ``bubbleColor='#4790EE'``, ``contactText`` given
its text, ``onCompleteMessage`` (Taro binds an event the plugin never fires), a string handler.

Standard library only; the same arguments give byte-identical output.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass
from typing import ClassVar
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import Counts, command_line, write_files  # noqa: E402

PROVIDER = "wx104a1a20c3f81ec2"
ALIAS = "contactPlugin"

# Planted mistakes, in the order they are handed out, with the codes lint reports for each.
MISTAKES: dict[str, tuple[str, ...]] = {
    "plugId": ("WC203", "WC201"),            # misspelt prop: unknown attribute, and no plugid
    "bubble-hash": ("WC206",),               # bubbleColor='#4790EE' (不用带#号)
    "contact-text": ("WC205",),              # contactText='联系客服': the text instead of its index
    "event-case": ("TR101",),                # onCompleteMessage binds bind:complete-message
    "string-handler": ("TR103",),            # onCompletemessage='onComplete': never called
}
SUBPACKAGE_ROOTS = ("packageService", "packageOrder", "packageMember", "packageActivity")
AREAS = ("goods", "order", "mine", "coupon", "help", "address", "cart", "search", "activity", "member",
         "store", "news", "points", "refund", "invoice", "brand")
TITLES = ("商品详情", "我的订单", "优惠券", "会员中心", "收货地址", "购物车", "搜索", "门店列表", "活动专区",
          "帮助中心", "常见问题", "积分商城", "新品上市", "限时秒杀", "品牌故事", "售后服务")
GOODS = ("云南小粒咖啡豆 500g", "手工青瓷马克杯", "纯棉四件套 1.8m 床用", "新疆阿克苏冰糖心苹果 5kg",
         "有机燕麦片 1kg", "竹纤维毛巾三条装", "不锈钢保温杯 480ml", "宁夏枸杞 250g")
HINTS = ("购物遇到问题？", "在线客服工作时间 9:00-21:00", "没有找到相关商品", "暂无优惠券，去逛逛吧",
         "下拉刷新试试", "满 99 元包邮", "新人专享 首单立减 10 元", "支持 7 天无理由退货")
QUESTIONS = (("下单后多久发货？", "现货商品在付款后 48 小时内发货。"),
             ("如何修改收货地址？", "订单发货前可在「我的订单」中修改地址。"),
             ("支持七天无理由退货吗？", "除生鲜等特殊商品外，签收后 7 天内均可申请。"),
             ("怎样开具发票？", "确认收货后，在订单详情页点击「申请开票」。"))


@dataclass
class Summary(Counts):
    """What was generated (Taro), including the findings `wecontact lint` should report."""

    CODES_OF: ClassVar[dict[str, tuple[str, ...]]] = MISTAKES
    component_pages: int = 0

    def baseline(self) -> dict[str, int]:
        """Besides WC110: TR107 when the shared component renders the cell and no page renders it."""
        return {**super().baseline(), **({} if self.component_pages else {"TR107": 1})}


@dataclass
class PageSpec:
    route: str  # relative to src/, without extension
    title: str
    cell: bool = False
    component: bool = False  # the cell comes from the shared component
    mistake: str | None = None


def component_name(route: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in route.split("/")[-2].replace("-", "_").split("_")) + "Page"


class PageBuilder:
    """One page's three files, from its own random stream."""

    def __init__(self, rng: random.Random, spec: PageSpec) -> None:
        self.rng = rng
        self.spec = spec
        self.handlers: list[str] = []

    def handler(self, name: str) -> str:
        if name not in self.handlers:
            self.handlers.append(name)
        return name

    def section_goods(self) -> str:
        rng = self.rng
        items = ", ".join(f"{{ id: {i}, title: '{rng.choice(GOODS)}', price: {rng.randint(9, 399)} }}"
                          for i in range(rng.randint(3, 6)))
        return (f"      {{/* 商品列表 */}}\n      <View className='goods-list'>\n"
                f"        {{[{items}].map((item) => (\n"
                f"          <View className='goods' key={{item.id}} onClick={{() => {self.handler('openGoods')}(item.id)}}>\n"
                "            <Text className='goods__title'>{item.title}</Text>\n"
                "            <Text className='goods__price'>¥{item.price > 99 ? item.price : `${item.price}.00`}</Text>\n"
                "          </View>\n        ))}\n      </View>\n")

    def section_faq(self) -> str:
        rows = "".join(f"        <View className='faq__item'>\n          <Text className='faq__q'>{q}</Text>\n"
                       f"          <Text className='faq__a'>{a}</Text>\n        </View>\n"
                       for q, a in self.rng.sample(QUESTIONS, 3))
        return f"      <View className='faq'>\n{rows}      </View>\n"

    def section_tabs(self) -> str:
        tabs = ", ".join(f"'{t}'" for t in self.rng.sample(TITLES, 4))
        return (f"      <View className='tabs'>\n        {{[{tabs}].map((tab, index) => (\n"
                f"          <Text key={{tab}} className={{index === active ? 'tab tab--active' : 'tab'}} "
                f"onClick={{() => setActive(index)}}>{{tab}}</Text>\n        ))}}\n      </View>\n")

    def section_notice(self) -> str:
        return (f"      {{loading ? (\n        <Text className='notice'>加载中…</Text>\n      ) : (\n"
                f"        <Text className='notice' onClick={{{self.handler('onRefresh')}}}>{self.rng.choice(HINTS)}</Text>\n"
                "      )}\n")

    def section_form(self) -> str:
        return (f"      <View className='form'>\n        <Input className='form__input' placeholder='请输入手机号' "
                f"value={{phone}} onInput={{(e) => setPhone(e.detail.value)}} />\n"
                f"        <Button className='form__submit' disabled={{phone.length < 11}} "
                f"onClick={{{self.handler('onSubmit')}}}>提交</Button>\n      </View>\n")

    SECTIONS = ("section_goods", "section_faq", "section_tabs", "section_notice", "section_form")

    def cell(self) -> str:
        """The contact button (possibly with a planted mistake)."""
        rng, mistake = self.rng, self.spec.mistake
        plugid = "".join(rng.choice("0123456789abcdef") for _ in range(8))
        attrs = [("plugId" if mistake == "plugId" else "plugid", f"'{plugid}'")]
        if mistake == "bubble-hash":
            attrs += [("styleType", "{2}"), ("bubbleColor", "'#4790EE'")]
        elif mistake == "contact-text":
            attrs += [("styleType", "{1}"), ("contactText", "'联系客服'")]
        else:
            attrs.append(("styleType", "{" + rng.choice("123") + "}"))
        attrs.append(("onStartmessage", "{onContactStart}"))
        complete = "onCompleteMessage" if mistake == "event-case" else "onCompletemessage"
        attrs.append((complete, "'onContactComplete'" if mistake == "string-handler" else "{onContactComplete}"))
        inner = "".join(f"\n          {k}={v}" for k, v in attrs)
        return f"      {{!IN_WECOM && (\n        <cell{inner}\n        />\n      )}}\n"

    def view(self) -> str:
        rng, spec = self.rng, self.spec
        target = rng.randint(2300, 3000)  # the imports, hooks, handlers and return add ~700 bytes
        body = ""
        while len(body.encode("utf-8")) < target:
            body += getattr(self, rng.choice(self.SECTIONS))()
        if spec.cell and not spec.component:
            body += self.cell()
        elif spec.component:
            body += f"      <ContactCard hint='{rng.choice(HINTS)}' />\n"
        handlers = "".join(f"  const {name} = (...args: unknown[]) => {{\n    console.log('{name}', args)\n  }}\n\n"
                           for name in self.handlers)
        contact = ("  const onContactStart = () => {\n    console.log('contact: start')\n  }\n\n"
                   "  const onContactComplete = (e: ContactEvent) => {\n    const { errcode } = e.detail || {}\n"
                   "    Taro.showToast({ title: errcode === 0 ? '已发送' : `添加失败（${errcode}）`, icon: 'none' })\n"
                   "  }\n\n") if spec.cell and not spec.component else ""
        imports = ("import { View, Text, Input, Button } from '@tarojs/components'\nimport Taro, { useLoad } from "
                   "'@tarojs/taro'\nimport { useState } from 'react'\n")
        if spec.component:
            imports += "import ContactCard from '@/components/ContactCard'\n"
        if spec.cell and not spec.component:
            imports += "import { IN_WECOM, type ContactEvent } from '@/utils/wecom'\n"
        return (f"// {spec.route}.tsx\n{imports}\nimport './index.scss'\n\n"
                f"export default function {component_name(spec.route)}() {{\n"
                "  const [active, setActive] = useState(0)\n  const [phone, setPhone] = useState('')\n"
                "  const [loading, setLoading] = useState(true)\n\n"
                f"  useLoad(() => {{\n    Taro.setNavigationBarTitle({{ title: '{spec.title}' }})\n"
                "    setLoading(false)\n  })\n\n" + handlers + contact +
                "  return (\n    <View className={`page page--${active}`}>\n" + body + "    </View>\n  )\n}\n")

    def config(self) -> str:
        using = (f"  usingComponents: {{\n    cell: 'plugin://{ALIAS}/cell',\n  }},\n" if self.spec.cell else "")
        pull = "  enablePullDownRefresh: true,\n" if self.rng.random() < 0.3 else ""
        return f"export default definePageConfig({{\n  navigationBarTitleText: '{self.spec.title}',\n{pull}{using}}})\n"

    def scss(self) -> str:
        return ".page {\n  padding: 24px;\n}\n\n.goods {\n  display: flex;\n  margin-bottom: 16px;\n}\n"


STATIC = {
    "package.json": json.dumps({"name": "taro-bench", "private": True, "dependencies": {
        "@tarojs/taro": "4.2.1", "@tarojs/components": "4.2.1", "@tarojs/react": "4.2.1", "react": "^18.3.1"},
        "devDependencies": {"@tarojs/cli": "4.2.1", "@types/react": "^18.3.0", "typescript": "^5.4.5"}},
        indent=2) + "\n",
    "project.config.json": '{\n  "miniprogramRoot": "dist/",\n  "compileType": "miniprogram"\n}\n',
    "tsconfig.json": '{\n  "compilerOptions": {"jsx": "react-jsx", "strict": true, "skipLibCheck": true,\n'
                     '    "baseUrl": ".", "paths": {"@/*": ["./src/*"]}},\n  "include": ["./src", "./types"]\n}\n',
    "config/index.ts": ("import { defineConfig } from '@tarojs/cli'\n\nexport default defineConfig(async (merge) => {\n"
                        "  const baseConfig = {\n    projectName: 'taro-bench',\n    designWidth: 750,\n"
                        "    sourceRoot: 'src',\n    outputRoot: 'dist',\n    framework: 'react',\n"
                        "    compiler: 'webpack5',\n  }\n  return merge({}, baseConfig)\n})\n"),
    "types/global.d.ts": ('/// <reference types="@tarojs/taro" />\n\ndeclare module \'*.scss\'\n\n'
                          "declare namespace JSX {\n  interface IntrinsicElements {\n    cell: any\n  }\n}\n"),
    "src/app.ts": ("import { PropsWithChildren } from 'react'\nimport { useLaunch } from '@tarojs/taro'\n\n"
                   "export default function App({ children }: PropsWithChildren) {\n"
                   "  useLaunch(() => console.log('launched'))\n  return children\n}\n"),
    "src/utils/wecom.ts": ("import Taro from '@tarojs/taro'\n\ndeclare const wx: { qy?: unknown } | undefined\n\n"
                           "export const IN_WECOM = ((): boolean => {\n  try {\n    return typeof wx !== 'undefined' && "
                           "('qy' in wx ||\n      (Taro.getSystemInfoSync() as { environment?: string }).environment "
                           "=== 'wxwork')\n  } catch (err) {\n    return false\n  }\n})()\n\n"
                           "export type ContactEvent = { detail?: { errcode?: number } }\n"),
    "src/components/ContactCard/index.tsx": (
        "import { View, Text } from '@tarojs/components'\nimport Taro from '@tarojs/taro'\n"
        "import { IN_WECOM, type ContactEvent } from '@/utils/wecom'\n\n"
        "export default function ContactCard({ hint }: { hint: string }) {\n"
        "  const onComplete = (e: ContactEvent) => {\n    const { errcode } = e.detail || {}\n"
        "    Taro.showToast({ title: errcode === 0 ? '已发送' : `失败（${errcode}）`, icon: 'none' })\n  }\n"
        "  if (IN_WECOM) {\n    return null\n  }\n  return (\n    <View className='contact-card'>\n"
        "      <Text>{hint}</Text>\n      <cell plugid='a1b2c3d4' styleType={2} onCompletemessage={onComplete} />\n"
        "    </View>\n  )\n}\n"),
}


def plan(pages: int, rng: random.Random) -> tuple[list[PageSpec], list[str]]:
    """Every page's route and role; the subpackage roots used."""
    roots = list(SUBPACKAGE_ROOTS[: max(1, min(4, pages // 250))]) if pages > 1 else []
    main = pages - pages // 2 if roots else pages
    specs: list[PageSpec] = []
    for i in range(pages):
        area = AREAS[i % len(AREAS)]
        folder = f"{area}{i}"
        route = f"pages/{folder}/index" if i < main else f"{roots[i % len(roots)]}/pages/{folder}/index"
        specs.append(PageSpec(route, rng.choice(TITLES)))
    kinds = list(MISTAKES)
    cells = [s for i, s in enumerate(specs) if i % 4 == 3]
    planted = 0
    for n, spec in enumerate(cells):
        spec.cell = True
        spec.component = n % 10 == 9
        if n % 5 == 4 and not spec.component:
            spec.mistake = kinds[planted % len(kinds)]
            planted += 1
    return specs, roots


def generate(out: Path, pages: int, seed: int) -> Summary:
    """Write the project; returns what was planted."""
    rng = random.Random(seed)
    specs, roots = plan(pages, rng)
    files: dict[str, str] = dict(STATIC)
    main = [s.route for s in specs if not any(s.route.startswith(r + "/") for r in roots)]
    subs = [{"root": r, "pages": [s.route[len(r) + 1:] for s in specs if s.route.startswith(r + "/")]} for r in roots]
    app = {"pages": main, "subPackages": subs, "plugins": {ALIAS: {"version": "1.3.0", "provider": PROVIDER}}}
    files["src/app.config.ts"] = "export default defineAppConfig(" + json.dumps(app, ensure_ascii=False, indent=2) + ")\n"
    summary = Summary(pages=pages, subpackages=len(roots), subpackage_pages=pages - len(main))
    for spec in specs:
        builder = PageBuilder(random.Random(rng.random()), spec)
        files[f"src/{spec.route}.tsx"] = builder.view()
        files[f"src/{spec.route}.config.ts"] = builder.config()
        files[f"src/{spec.route}.scss"] = builder.scss()
        summary.count(spec)
        summary.component_pages += spec.component
    write_files(out, dict(sorted(files.items())), summary)
    return summary


def main(argv: list[str] | None = None) -> int:
    return command_line(generate, "config/index.ts", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    sys.exit(main())
