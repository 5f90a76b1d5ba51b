#!/usr/bin/env python3
"""Generate a synthetic native WeChat mini-program for benchmarking `wecontact lint`.

    python benchmarks/generate.py OUT_DIR --pages N [--seed S] [--force] [--summary FILE]

Writes ``project.config.json`` (miniprogramRoot ``miniprogram/``) and ``miniprogram/``
with ``app.json`` (declaring the contact plugin), ``app.js``, ``app.wxss``,
``sitemap.json``, one shared component, and N pages (``.json``, ``.wxml``, ``.js``,
``.wxss``). Half the pages live in subpackages (one root for small projects, up to
four for large ones). Each page's WXML is 3-4 KB of realistic markup: nested views,
``wx:for``/``wx:key``, ``wx:if``/``wx:elif``/``wx:else``, ``{{ }}`` expressions with
``>`` comparisons, Chinese text, ``<image mode=...>``, ``bindtap`` handlers (defined in
the page's ``Page({...})``), comments, and an inline ``<wxs module>`` in some pages.

A quarter of the pages use the contact plugin's ``cell`` (``usingComponents`` entry
``plugin://contactPlugin/cell``, the ``<cell ... />`` element and the ``startmessage`` /
``completemessage`` handlers). One cell page in five carries one planted mistake, the
kinds taken in turn: ``plugId`` spelling, ``bubbleColor="#4790EE"``,
``contactText="联系客服"``, ``bubbleColor`` with ``styleType="1"``, a missing handler.

Standard library only. The same arguments give byte-identical output (the generator
draws from a seeded ``random.Random``, never from the clock, the environment or
dictionary/set iteration order of unseeded data).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Callable, ClassVar

__all__ = ["MISTAKES", "Summary", "generate"]

PROVIDER = "wx104a1a20c3f81ec2"
ALIAS = "contactPlugin"

# Planted mistakes, in the order they are handed out, with the rule codes `wecontact lint`
# is expected to report for each (every code once per planted mistake).
MISTAKES: dict[str, tuple[str, ...]] = {
    "plugId": ("WC203", "WC201"),          # misspelt attribute: unknown attribute, and no plugid
    "bubble-hash": ("WC206",),             # bubbleColor="#4790EE" (不用带#号)
    "contact-text": ("WC205",),            # contactText="联系客服" instead of its index
    "bubble-style-1": ("WC207",),          # bubbleColor has no effect with styleType 1
    "missing-handler": ("WC301",),         # bind:completemessage names no method of the page
}

SUBPACKAGE_ROOTS = ("packageService", "packageOrder", "packageMember", "packageActivity")

AREAS = ("goods", "order", "mine", "coupon", "help", "address", "cart", "search",
         "activity", "member", "store", "news", "points", "refund", "invoice", "brand")

TITLES = ("商品详情", "我的订单", "优惠券", "会员中心", "收货地址", "购物车", "搜索", "门店列表",
          "活动专区", "帮助中心", "常见问题", "积分商城", "新品上市", "限时秒杀", "品牌故事", "售后服务",
          "发票管理", "物流跟踪", "评价晒单", "每日签到")

GOODS = ("云南小粒咖啡豆 500g", "手工青瓷马克杯", "纯棉四件套 1.8m 床用", "新疆阿克苏冰糖心苹果 5kg",
         "有机燕麦片 1kg", "竹纤维毛巾三条装", "不锈钢保温杯 480ml", "宁夏枸杞 250g",
         "景德镇白瓷茶具套装", "东北五常大米 10kg", "福建安溪铁观音 礼盒装", "手工红糖 400g")

CATEGORIES = (("all", "全部"), ("fresh", "生鲜"), ("food", "食品"), ("home", "家居"),
              ("beauty", "美妆"), ("digital", "数码"), ("baby", "母婴"), ("sport", "运动"))

TOPICS = (("order", "订单问题"), ("delivery", "物流配送"), ("refund", "退换货"),
          ("invoice", "发票"), ("member", "会员权益"), ("coupon", "优惠券使用"))

QUESTIONS = (
    ("下单后多久发货？", "现货商品在付款后 48 小时内发货，预售商品以详情页标注的时间为准。"),
    ("如何修改收货地址？", "订单发货前可在「我的 - 我的订单」中修改地址；已发货的订单请联系客服处理。"),
    ("支持七天无理由退货吗？", "除生鲜等特殊商品外，签收后 7 天内均可申请无理由退货。"),
    ("怎样开具发票？", "确认收货后，在订单详情页点击「申请开票」，电子发票将发送到您的邮箱。"),
    ("优惠券可以叠加使用吗？", "同一订单仅可使用一张店铺券，平台券与店铺券可叠加。"),
    ("积分有有效期吗？", "积分自获得之日起 12 个月内有效，过期自动清零。"),
)

HINTS = ("购物遇到问题？", "在线客服工作时间 9:00-21:00，添加后可随时留言", "没有找到相关商品",
         "暂无优惠券，去逛逛吧", "下拉刷新试试", "满 99 元包邮", "新人专享 首单立减 10 元",
         "会员日全场 9 折", "库存紧张，欲购从速", "支持 7 天无理由退货")

COLORS = ("#e64340", "#576b95", "#07c160", "#fa9d3b", "#10aeff", "#333333", "#666666", "#999999")

IMAGE_MODES = ("aspectFill", "aspectFit", "widthFix", "scaleToFill", "heightFix")


def expected_codes(mistakes: dict[str, int], codes_of: dict[str, tuple[str, ...]],
                   counts: dict[str, int]) -> dict[str, int]:
    """Rule code -> findings: ``counts`` plus those of each planted mistake (kind -> how many),
    every generator's table ``codes_of`` saying which codes a kind produces."""
    counts = dict(counts)
    for kind, number in mistakes.items():
        for code in codes_of[kind]:
            counts[code] = counts.get(code, 0) + number
    return dict(sorted(counts.items()))


def write_files(out: Path, files: dict[str, str], summary: Any) -> None:
    """Write the generated files under ``out``, counting them and their bytes in ``summary``."""
    for rel, text in files.items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        summary.files += 1
        summary.bytes += len(data)


@dataclass
class Counts:
    """What every generator counts, and the findings `wecontact lint` should report on it."""

    CODES_OF: ClassVar[dict[str, tuple[str, ...]]] = {}
    """The generator's planted mistakes: kind -> the codes lint reports for one."""

    pages: int = 0
    subpackage_pages: int = 0
    subpackages: int = 0
    cell_pages: int = 0
    mistakes: dict[str, int] = field(default_factory=dict)
    files: int = 0
    bytes: int = 0

    def count(self, spec: Any) -> None:
        """Count one generated page: whether it renders the cell, and its planted mistake."""
        self.cell_pages += spec.cell
        if spec.mistake:
            self.mistakes[spec.mistake] = self.mistakes.get(spec.mistake, 0) + 1

    def baseline(self) -> dict[str, int]:
        """Findings besides the planted ones: with no cell at all (fewer than 4 pages), the
        declared plugin is unused (WC110, info)."""
        return {} if self.cell_pages else {"WC110": 1}

    def expected_codes(self) -> dict[str, int]:
        """Rule code -> how many findings the planted mistakes should produce."""
        return expected_codes(self.mistakes, self.CODES_OF, self.baseline())

    def as_dict(self) -> dict:
        """Every count, the planted mistakes (in the order they are handed out) and the findings
        expected (the --summary JSON)."""
        mistakes = {kind: self.mistakes[kind] for kind in self.CODES_OF if kind in self.mistakes}
        return {**{f.name: getattr(self, f.name) for f in fields(self)}, "mistakes": mistakes,
                "expected_codes": self.expected_codes()}


def command_line(generate: Callable[[Path, int, int], Counts], marker: str, argv: list[str] | None,
                 description: str) -> int:
    """A generator's command line: OUT_DIR --pages N [--seed S] [--force] [--summary FILE].
    ``--force`` replaces OUT_DIR only when it holds ``marker``, a file every generated project of
    this generator has (a folder of anything else is never removed)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    parser.add_argument("--pages", type=int, required=True, metavar="N")
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="default: 0")
    parser.add_argument("--force", action="store_true", help="replace OUT_DIR if it holds a generated project")
    parser.add_argument("--summary", type=Path, metavar="FILE",
                        help="also write the summary (counts, planted mistakes, expected findings) "
                             "as JSON to FILE")
    args = parser.parse_args(argv)
    if args.pages < 1:
        parser.error("--pages must be at least 1")
    out: Path = args.out_dir
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        if not args.force:
            parser.error(f"{out} exists and is not empty (use --force to replace a generated project)")
        if not (out / marker).is_file():
            parser.error(f"{out} does not look like a generated project; not removing it")
        shutil.rmtree(out)
    summary = generate(out, args.pages, args.seed)
    info = summary.as_dict()
    if args.summary:
        args.summary.write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {info['files']} files ({info['bytes'] / 1e6:.1f} MB) to {out}: "
          f"{summary.pages} pages ({summary.subpackage_pages} in {summary.subpackages} subpackages), "
          f"{summary.cell_pages} with the contact cell, mistakes {info['mistakes']}, "
          f"expected findings {info['expected_codes']}")
    return 0


@dataclass
class Summary(Counts):
    """What was generated (native), including the findings `wecontact lint` should report."""

    CODES_OF: ClassVar[dict[str, tuple[str, ...]]] = MISTAKES
    wxml_bytes_min: int = 0
    wxml_bytes_max: int = 0


# ---------------------------------------------------------------------------------------
# Page content


@dataclass
class PageSpec:
    route: str                  # relative to miniprogram/, without extension
    title: str
    area: str
    cell: bool = False
    mistake: str | None = None


class PageBuilder:
    """Builds one page's four files from its own random stream."""

    def __init__(self, rng: random.Random, spec: PageSpec):
        self.rng = rng
        self.spec = spec
        self.handlers: list[str] = []          # bindtap & co. used in the WXML, in order
        self.data: dict[str, str] = {}         # data key -> JS literal
        self.classes: list[str] = []           # CSS classes used, in order
        self.wxs = rng.random() < 0.35

    # -- helpers -----------------------------------------------------------------------

    def handler(self, name: str) -> str:
        if name not in self.handlers:
            self.handlers.append(name)
        return name

    def cls(self, *names: str) -> str:
        for name in names:
            if name not in self.classes:
                self.classes.append(name)
        return " ".join(names)

    def js_list(self, items: list[dict]) -> str:
        rows = []
        for item in items:
            parts = []
            for key, value in item.items():
                if isinstance(value, str):
                    parts.append(f"{key}: '{value}'")
                else:
                    parts.append(f"{key}: {json.dumps(value)}")
            rows.append("      { " + ", ".join(parts) + " }")
        return "[\n" + ",\n".join(rows) + "\n    ]"

    def goods_items(self, count: int) -> list[dict]:
        rng = self.rng
        items = []
        for index in range(count):
            gid = rng.randint(100, 999)
            price = rng.choice((9.9, 19.9, 29, 45, 59.9, 68, 99, 128, 299))
            items.append({
                "id": gid, "title": rng.choice(GOODS),
                "cover": f"https://example.com/images/goods/{gid}.jpg",
                "price": price, "original": rng.choice((0, round(price * 1.5, 1))),
                "sales": rng.choice((12, 87, 356, 1203, 2541)),
            })
        return items

    # -- WXML sections ------------------------------------------------------------------
    # Each returns markup indented by two spaces (inside the page's container view).

    def section_search(self) -> str:
        self.data["keyword"] = "''"
        return f"""  <!-- 搜索 -->
  <view class="{self.cls('search')}">
    <input
      class="{self.cls('search__input')}"
      placeholder="搜索你想要的好物"
      confirm-type="search"
      value="{{{{ keyword }}}}"
      bindinput="{self.handler('onSearchInput')}"
      bindconfirm="{self.handler('onSearchConfirm')}"
    />
  </view>
"""

    def section_banner(self) -> str:
        rng = self.rng
        self.data["banners"] = self.js_list([
            {"id": i + 1, "image": f"https://example.com/images/banner/{rng.randint(1, 99)}.jpg",
             "goodsId": rng.randint(100, 999)} for i in range(rng.randint(2, 4))])
        mode = rng.choice(IMAGE_MODES)
        return f"""  <swiper class="{self.cls('banner')}" indicator-dots="{{{{ banners.length > 1 }}}}" autoplay="{{{{ true }}}}" circular="{{{{ true }}}}">
    <swiper-item wx:for="{{{{ banners }}}}" wx:key="id" data-id="{{{{ item.goodsId }}}}" bindtap="{self.handler('onBannerTap')}">
      <image class="{self.cls('banner__image')}" src="{{{{ item.image }}}}" mode="{mode}"></image>
    </swiper-item>
  </swiper>
"""

    def section_tabs(self) -> str:
        rng = self.rng
        cats = rng.sample(CATEGORIES, rng.randint(3, 6))
        self.data["categories"] = self.js_list([{"key": k, "name": n} for k, n in cats])
        self.data["activeCategory"] = f"'{cats[0][0]}'"
        self.cls("tabs__item", "tabs__item--active")
        return f"""  <scroll-view class="{self.cls('tabs')}" scroll-x="{{{{ true }}}}">
    <view
      wx:for="{{{{ categories }}}}"
      wx:key="key"
      class="tabs__item {{{{ item.key === activeCategory ? 'tabs__item--active' : '' }}}}"
      data-key="{{{{ item.key }}}}"
      bindtap="{self.handler('onCategoryTap')}"
    >{{{{ item.name }}}}</view>
  </scroll-view>
"""

    def section_goods(self) -> str:
        rng = self.rng
        self.data["goodsList"] = self.js_list(self.goods_items(rng.randint(2, 4)))
        self.data["loading"] = "false"
        price = "{{ fmt.price(goods.price) }}" if self.wxs else "{{ goods.price }}"
        mode = rng.choice(IMAGE_MODES)
        return f"""  <!-- 商品列表 -->
  <view wx:if="{{{{ loading }}}}" class="{self.cls('empty')}">加载中…</view>
  <view wx:elif="{{{{ goodsList.length === 0 }}}}" class="empty">{rng.choice(HINTS)}</view>
  <view wx:else class="{self.cls('goods-grid')}">
    <block wx:for="{{{{ goodsList }}}}" wx:for-item="goods" wx:key="id">
      <view class="{self.cls('goods-card')}" data-id="{{{{ goods.id }}}}" bindtap="{self.handler('onGoodsTap')}">
        <image class="{self.cls('goods-card__cover')}" src="{{{{ goods.cover }}}}" mode="{mode}" lazy-load="{{{{ true }}}}"></image>
        <view class="{self.cls('goods-card__body')}">
          <text class="{self.cls('goods-card__title')}">{{{{ goods.title }}}}</text>
          <view class="{self.cls('price')}">
            <text class="{self.cls('price__now')}">¥{price}</text>
            <text wx:if="{{{{ goods.original > goods.price }}}}" class="{self.cls('price__old')}">¥{{{{ goods.original }}}}</text>
          </view>
          <view class="{self.cls('goods-card__footer')}">
            <text class="{self.cls('muted')}">已售 {{{{ goods.sales > 999 ? '999+' : goods.sales }}}}</text>
            <view class="{self.cls('goods-card__cart')}" data-title="{{{{ goods.title }}}}" catchtap="{self.handler('onAddCart')}">+</view>
          </view>
        </view>
      </view>
    </block>
  </view>
"""

    def section_user(self) -> str:
        rng = self.rng
        self.data["user"] = (f"{{ nickName: '{rng.choice(('小王', '阿美', '老李', '橙子', '木木'))}', "
                             f"avatar: 'https://example.com/avatar/{rng.randint(1, 500)}.png', "
                             f"points: {rng.choice((0, 320, 1280, 5600))}, level: {rng.randint(0, 5)} }}")
        return f"""  <!-- 用户信息 -->
  <view class="{self.cls('user', 'card')}" bindtap="{self.handler('onProfileTap')}">
    <image class="{self.cls('user__avatar')}" src="{{{{ user.avatar }}}}" mode="aspectFit"></image>
    <view class="{self.cls('user__info')}">
      <text class="{self.cls('user__name')}">{{{{ user.nickName || '微信用户' }}}}</text>
      <text class="{self.cls('user__level')}">{{{{ user.points >= 1000 ? 'VIP 会员' : '普通会员' }}}} · 积分 {{{{ user.points }}}}</text>
    </view>
    <view wx:if="{{{{ user.level > 2 }}}}" class="{self.cls('badge')}">尊享</view>
    <view wx:else class="badge badge--plain">升级</view>
  </view>
"""

    def section_orders(self) -> str:
        rng = self.rng
        statuses = [(0, "待付款"), (1, "待发货"), (2, "待收货"), (3, "待评价")]
        self.data["orderCounts"] = "{ " + ", ".join(
            f"s{code}: {rng.randint(0, 12)}" for code, _ in statuses) + " }"
        items = "\n".join(
            f"""    <view class="orders__item" data-status="{code}" bindtap="{self.handler('onOrderTap')}">
      <text wx:if="{{{{ orderCounts.s{code} > 0 }}}}" class="orders__count">{{{{ orderCounts.s{code} > 99 ? '99+' : orderCounts.s{code} }}}}</text>
      <text>{name}</text>
    </view>""" for code, name in statuses)
        self.cls("orders", "orders__item", "orders__count")
        return f"""  <!-- 订单状态 -->
  <view class="orders card">
    <view class="{self.cls('section-title')}">我的订单 <text class="muted" bindtap="{self.handler('onAllOrders')}">全部订单 ›</text></view>
{items}
  </view>
"""

    def section_faq(self) -> str:
        rng = self.rng
        qs = rng.sample(QUESTIONS, rng.randint(2, 4))
        self.data["faqs"] = self.js_list([{"id": i + 1, "question": q, "answer": a}
                                          for i, (q, a) in enumerate(qs)])
        self.data["expandedId"] = "0"
        return f"""  <view class="card">
    <view class="{self.cls('section-title')}">常见问题</view>
    <block wx:for="{{{{ faqs }}}}" wx:key="id">
      <view class="{self.cls('faq')}" data-id="{{{{ item.id }}}}" bindtap="{self.handler('onFaqTap')}">
        <view class="{self.cls('faq__question')}">
          <text>{{{{ index + 1 }}}}. {{{{ item.question }}}}</text>
          <text class="muted">{{{{ expandedId === item.id ? '收起' : '展开' }}}}</text>
        </view>
        <view wx:if="{{{{ expandedId === item.id }}}}" class="{self.cls('faq__answer')}">{{{{ item.answer }}}}</view>
      </view>
    </block>
  </view>
"""

    def section_coupons(self) -> str:
        rng = self.rng
        self.data["coupons"] = self.js_list([
            {"id": rng.randint(1000, 9999), "amount": rng.choice((5, 10, 20, 50)),
             "threshold": rng.choice((0, 49, 99, 199)), "taken": rng.choice((True, False))}
            for _ in range(rng.randint(2, 4))])
        amount = "{{ fmt.gt(coupon.amount, 0) ? coupon.amount : '-' }}" if self.wxs else "{{ coupon.amount }}"
        return f"""  <!-- 优惠券 -->
  <view class="{self.cls('coupons', 'card')}">
    <view class="section-title">领券中心</view>
    <view wx:for="{{{{ coupons }}}}" wx:for-item="coupon" wx:key="id" class="{self.cls('coupon')}">
      <view class="{self.cls('coupon__amount')}">¥<text>{amount}</text></view>
      <view class="{self.cls('coupon__rule')}">{{{{ coupon.threshold > 0 ? '满' + coupon.threshold + '元可用' : '无门槛' }}}}</view>
      <button wx:if="{{{{ !coupon.taken }}}}" class="{self.cls('coupon__btn')}" size="mini" data-id="{{{{ coupon.id }}}}" bindtap="{self.handler('onTakeCoupon')}">领取</button>
      <text wx:else class="muted">已领取</text>
    </view>
  </view>
"""

    def section_form(self) -> str:
        rng = self.rng
        self.data["reasons"] = "[" + ", ".join(f"'{t}'" for _, t in rng.sample(TOPICS, 3)) + "]"
        self.data["reasonIndex"] = "0"
        self.data["remark"] = "''"
        return f"""  <view class="{self.cls('form', 'card')}">
    <picker mode="selector" range="{{{{ reasons }}}}" value="{{{{ reasonIndex }}}}" bindchange="{self.handler('onReasonChange')}">
      <view class="{self.cls('form__row')}">问题类型：{{{{ reasons[reasonIndex] }}}}</view>
    </picker>
    <textarea class="{self.cls('form__remark')}" placeholder="请描述您遇到的问题（选填）" maxlength="200" value="{{{{ remark }}}}" bindinput="{self.handler('onRemarkInput')}"></textarea>
    <text class="muted">{{{{ remark.length }}}}/200</text>
    <button class="{self.cls('form__submit')}" type="primary" disabled="{{{{ remark.length > 200 }}}}" bindtap="{self.handler('onSubmit')}">提交</button>
  </view>
"""

    def section_topics(self) -> str:
        rng = self.rng
        self.data["topics"] = self.js_list([{"key": k, "name": n} for k, n in rng.sample(TOPICS, 4)])
        return f"""  <view class="{self.cls('topics', 'card')}">
    <view
      wx:for="{{{{ topics }}}}"
      wx:key="key"
      class="{self.cls('topics__item')}"
      data-key="{{{{ item.key }}}}"
      bindtap="{self.handler('onTopicTap')}"
    >{{{{ item.name }}}}</view>
  </view>
"""

    def section_notice(self) -> str:
        rng = self.rng
        color = rng.choice(COLORS)
        return f"""  <!-- 公告 -->
  <view class="{self.cls('notice')}" style="color: {color}">
    <image class="{self.cls('notice__icon')}" src="/images/icons/notice.png" mode="widthFix"></image>
    <text>{rng.choice(HINTS)}</text>
  </view>
"""

    SECTIONS = ("section_search", "section_banner", "section_tabs", "section_goods", "section_user",
                "section_orders", "section_faq", "section_coupons", "section_form", "section_topics",
                "section_notice")

    def section_contact(self) -> str:
        """The contact card with the plugin's cell (possibly with a planted mistake)."""
        rng = self.rng
        mistake = self.spec.mistake
        plugid = "".join(rng.choice("0123456789abcdef") for _ in range(8))
        style = rng.choice(("1", "2", "3"))
        attrs: list[tuple[str, str]] = []
        if rng.random() < 0.5:
            attrs.append(("wx:if", "{{ !inWxwork }}"))  # the plugin does not run inside WeCom
        id_name = "plugId" if mistake == "plugId" else "plugid"
        if rng.random() < 0.2 and mistake != "plugId":
            self.data["contactPlugid"] = f"'{plugid}'"
            attrs.append((id_name, "{{ contactPlugid }}"))
        else:
            attrs.append((id_name, plugid))
        if mistake == "bubble-hash":
            attrs += [("styleType", "2"), ("bubbleColor", "#4790EE")]
        elif mistake == "contact-text":
            attrs += [("styleType", "1"), ("contactText", "联系客服")]
        elif mistake == "bubble-style-1":
            attrs += [("styleType", "1"), ("bubbleColor", "4790EE")]
        else:
            attrs.append(("styleType", style))
            if style == "1" and rng.random() < 0.5:
                attrs.append(("avatorStyle", rng.choice(("rect", "circle"))))
            elif style == "2" and rng.random() < 0.5:
                attrs.append(("bubbleColor", rng.choice(("4790EE", "07c160", "fa9d3b"))))
        attrs += [("bind:startmessage", "startmessage"), ("bind:completemessage", "completemessage")]
        if rng.random() < 0.5:
            cell = "    <cell " + " ".join(f'{k}="{v}"' for k, v in attrs) + " />"
        else:
            cell = "    <cell\n" + "".join(f'      {k}="{v}"\n' for k, v in attrs) + "    />"
        self.data["inWxwork"] = "false"
        return f"""  <!-- 联系客服 -->
  <view class="{self.cls('contact', 'card')}">
    <view class="section-title">还没有解决？</view>
    <view class="muted">{HINTS[1]}</view>
{cell}
    <view class="{self.cls('contact__phone')}" bindtap="{self.handler('onCopyPhone')}">客服电话：400-800-{rng.randint(1000, 9999)}（点击复制）</view>
  </view>
"""

    def section_footer(self) -> str:
        return f"""  <view class="{self.cls('help-entry')}" bindtap="{self.handler('onHelpTap')}">
    <text>{HINTS[0]}</text>
    <text class="{self.cls('help-entry__link')}">联系客服 ›</text>
  </view>
"""

    # -- files --------------------------------------------------------------------------

    def wxml(self) -> str:
        rng = self.rng
        target = rng.randint(3000, 3900)   # bytes of UTF-8; the footer and close add ~300
        head = f"<!-- {self.spec.route}.wxml -->\n"
        if self.wxs:
            head += """<wxs module="fmt">
var price = function (value) { return (value / 1).toFixed(2); };
var gt = function (a, b) { return a > b && !(a < 0); };
module.exports = { price: price, gt: gt };
</wxs>
"""
        head += f'<view class="{self.cls("container")}">\n'
        tail = ""
        if self.spec.cell:
            tail += self.section_contact()
        tail += self.section_footer() + "</view>\n"
        body: list[str] = []
        size = len((head + tail).encode())
        pool = list(self.SECTIONS)
        rng.shuffle(pool)
        for name in pool:
            # Sections are drawn on a copy of the state so that an oversize one is discarded.
            saved = (list(self.handlers), dict(self.data), list(self.classes))
            text = getattr(self, name)()
            grown = size + len(text.encode())
            if grown > 4000:
                self.handlers, self.data, self.classes = saved
                continue
            body.append(text)
            size = grown
            if size >= target:
                break
        return head + "".join(body) + tail

    def json(self) -> str:
        rng = self.rng
        obj: dict = {"navigationBarTitleText": self.spec.title}
        if rng.random() < 0.3:
            obj["enablePullDownRefresh"] = True
        components: dict[str, str] = {}
        if self.spec.cell:
            components["cell"] = f"plugin://{ALIAS}/cell"
        obj["usingComponents"] = components
        return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"

    def js(self) -> str:
        rng = self.rng
        spec = self.spec
        lines = [f"// {spec.route}.js"]
        uses_app = rng.random() < 0.5
        if uses_app:
            lines += ["const app = getApp()", ""]
        lines += ["Page({", "  data: {"]
        data_items = list(self.data.items())
        for i, (key, value) in enumerate(data_items):
            comma = "," if i < len(data_items) - 1 else ""
            lines.append(f"    {key}: {value}{comma}")
        lines += ["  },", ""]
        methods: list[str] = []
        on_load = ["  onLoad(options) {"]
        if spec.cell:
            on_load.append("    this.setData({ inWxwork: wx.getSystemInfoSync().environment === 'wxwork' })")
        if uses_app:
            on_load.append("    this.shopName = app.globalData.shopName")
        on_load += ["    this.options = options || {}", "  }"]
        methods.append("\n".join(on_load))
        if rng.random() < 0.5:
            methods.append("""  onPullDownRefresh() {
    setTimeout(() => wx.stopPullDownRefresh(), 300)
  }""")
        if rng.random() < 0.6:
            methods.append(f"""  onShareAppMessage() {{
    return {{
      title: '{spec.title}',
      path: '/{spec.route}'
    }}
  }}""")
        for name in self.handlers:
            methods.append(self.handler_body(name))
        if spec.cell:
            methods.append("""  startmessage(e) {
    console.log('contact: start', e.detail)
  }""")
            if spec.mistake != "missing-handler":
                methods.append("""  completemessage(e) {
    const { errcode, errmsg } = e.detail
    if (errcode === 0) {
      wx.showToast({ title: `已添加 ${e.detail.name || ''}`, icon: 'none' })
    } else if (errcode === -3004) {
      wx.showModal({ title: '提示', content: '请先在企业微信后台配置客服', showCancel: false })
    } else {
      wx.showToast({ title: `添加失败（${errcode}）`, icon: 'none' })
      console.warn('contact: complete', errcode, errmsg)
    }
  }""")
        lines.append(",\n\n".join(methods))
        lines += ["})", ""]
        return "\n".join(lines)

    def handler_body(self, name: str) -> str:
        rng = self.rng
        area = self.spec.area
        bodies = {
            "onSearchInput": "    this.setData({ keyword: e.detail.value.trim() })",
            "onSearchConfirm": "    wx.navigateTo({ url: `/pages/search/index?q=${this.data.keyword}` })",
            "onBannerTap": "    const { id } = e.currentTarget.dataset\n"
                           "    wx.navigateTo({ url: `/pages/goods/detail?id=${id}` })",
            "onCategoryTap": "    const { key } = e.currentTarget.dataset\n"
                             "    if (key === this.data.activeCategory) {\n      return\n    }\n"
                             "    this.setData({ activeCategory: key })",
            "onGoodsTap": "    const { id } = e.currentTarget.dataset\n"
                          "    wx.navigateTo({ url: `/pages/goods/detail?id=${id}` })",
            "onAddCart": "    const { title } = e.currentTarget.dataset\n"
                         "    wx.showToast({ title: `已加入购物车：${title}`, icon: 'none' })",
            "onProfileTap": "    wx.navigateTo({ url: '/pages/mine/profile' })",
            "onOrderTap": "    const { status } = e.currentTarget.dataset\n"
                          "    wx.navigateTo({ url: `/pages/order/list?status=${status}` })",
            "onAllOrders": "    wx.navigateTo({ url: '/pages/order/list' })",
            "onFaqTap": "    const { id } = e.currentTarget.dataset\n"
                        "    this.setData({ expandedId: this.data.expandedId === id ? 0 : id })",
            "onTakeCoupon": "    const { id } = e.currentTarget.dataset\n"
                            "    const coupons = this.data.coupons.map((c) => (c.id === id ? { ...c, taken: true } : c))\n"
                            "    this.setData({ coupons })\n"
                            "    wx.showToast({ title: '领取成功', icon: 'success' })",
            "onReasonChange": "    this.setData({ reasonIndex: Number(e.detail.value) })",
            "onRemarkInput": "    this.setData({ remark: e.detail.value })",
            "onSubmit": "    if (this.data.remark.length > 200) {\n      return\n    }\n"
                        "    wx.showLoading({ title: '提交中' })\n"
                        f"    setTimeout(() => {{\n      wx.hideLoading()\n      wx.showToast({{ title: '已提交', icon: 'success' }})\n    }}, {rng.choice((300, 500, 800))})",
            "onTopicTap": "    const { key } = e.currentTarget.dataset\n"
                          f"    wx.navigateTo({{ url: `/pages/{area}/topic?key=${{key}}` }})",
            "onCopyPhone": "    wx.setClipboardData({\n      data: '400-800-1234',\n"
                           "      success() {\n        wx.showToast({ title: '电话已复制', icon: 'none' })\n      }\n    })",
            "onHelpTap": "    wx.navigateTo({ url: '/packageService/pages/help/index' })",
        }
        return f"  {name}(e) {{\n{bodies[name]}\n  }}"

    def wxss(self) -> str:
        rng = self.rng
        blocks = [f"/* {self.spec.route}.wxss */"]
        for name in self.classes:
            props = [f"  margin-bottom: {rng.choice((8, 12, 16, 24, 32))}rpx;"]
            if rng.random() < 0.5:
                props.append(f"  padding: {rng.choice((0, 8, 16, 24))}rpx {rng.choice((0, 16, 24, 32))}rpx;")
            if rng.random() < 0.5:
                props.append(f"  color: {rng.choice(COLORS)};")
            if rng.random() < 0.4:
                props.append(f"  font-size: {rng.choice((22, 24, 26, 28, 32))}rpx;")
            if rng.random() < 0.3:
                props.append(f"  border-radius: {rng.choice((8, 16, 36))}rpx;")
            if rng.random() < 0.3:
                props.append("  display: flex;\n  align-items: center;")
            blocks.append(f".{name} {{\n" + "\n".join(props) + "\n}")
        return "\n\n".join(blocks) + "\n"

    def files(self) -> dict[str, str]:
        # The WXML first: it decides the handlers, data and classes the others use.
        wxml = self.wxml()
        return {".wxml": wxml, ".json": self.json(), ".js": self.js(), ".wxss": self.wxss()}


# ---------------------------------------------------------------------------------------
# Project


def _plan(rng: random.Random, pages: int) -> tuple[list[PageSpec], list[str]]:
    """Routes, titles, which pages have a cell and which a mistake; the subpackage roots."""
    n_main = pages - pages // 2
    n_sub = pages // 2
    n_roots = 0 if n_sub == 0 else min(len(SUBPACKAGE_ROOTS), 1 + pages // 250)
    roots = list(SUBPACKAGE_ROOTS[:n_roots])
    specs: list[PageSpec] = []
    for index in range(pages):
        area = rng.choice(AREAS)
        title = rng.choice(TITLES)
        if index < n_main:
            route = f"pages/{area}-{index:04d}/index"
        else:
            sub = index - n_main
            root = roots[sub * n_roots // n_sub]
            route = f"{root}/pages/{area}-{index:04d}/index"
        specs.append(PageSpec(route, title, area))
    n_cells = pages // 4
    cell_indexes = sorted(rng.sample(range(pages), n_cells))
    for index in cell_indexes:
        specs[index].cell = True
    n_mistakes = n_cells // 5 if n_cells >= 5 else min(n_cells, 1)
    kinds = list(MISTAKES)
    for turn, index in enumerate(rng.sample(cell_indexes, n_mistakes)):
        specs[index].mistake = kinds[turn % len(kinds)]
    return specs, roots


def _app_json(specs: list[PageSpec], roots: list[str]) -> str:
    main = [s.route for s in specs if not any(s.route.startswith(r + "/") for r in roots)]
    app: dict = {"pages": main}
    if roots:
        app["subPackages"] = [
            {"root": root, "name": root.removeprefix("package").lower(),
             "pages": [s.route[len(root) + 1:] for s in specs if s.route.startswith(root + "/")]}
            for root in roots]
    app["window"] = {
        "navigationBarBackgroundColor": "#ffffff",
        "navigationBarTextStyle": "black",
        "navigationBarTitleText": "优选小铺",
        "backgroundColor": "#f5f5f5",
        "backgroundTextStyle": "dark",
    }
    if len(main) >= 2:
        app["tabBar"] = {
            "color": "#999999", "selectedColor": "#e64340", "backgroundColor": "#ffffff",
            "borderStyle": "black",
            "list": [{"pagePath": main[0], "text": "首页"}, {"pagePath": main[1], "text": "我的"}],
        }
    app["plugins"] = {ALIAS: {"version": "1.3.0", "provider": PROVIDER}}
    app["usingComponents"] = {"price-tag": "/components/price-tag/index"}
    app["style"] = "v2"
    app["sitemapLocation"] = "sitemap.json"
    return json.dumps(app, ensure_ascii=False, indent=2) + "\n"


PROJECT_CONFIG = {
    "description": "wecontact benchmark: a synthetic native WeChat mini-program",
    "miniprogramRoot": "miniprogram/",
    "compileType": "miniprogram",
    "appid": "touristappid",
    "projectname": "wecontact-benchmark",
    "libVersion": "3.4.0",
    "setting": {"urlCheck": True, "es6": True, "enhance": True, "postcss": True, "minified": True},
    "condition": {},
    "editorSetting": {"tabIndent": "insertSpaces", "tabSize": 2},
}

STATIC_FILES = {
    "miniprogram/app.js": """// app.js
App({
  globalData: {
    shopName: '优选小铺',
    cartCount: 0
  },

  onLaunch() {
    const logs = wx.getStorageSync('logs') || []
    logs.unshift(Date.now())
    wx.setStorageSync('logs', logs.slice(0, 20))
  }
})
""",
    "miniprogram/app.wxss": """/* app.wxss */
page {
  background-color: #f5f5f5;
  color: #333333;
  font-size: 28rpx;
}

.container {
  padding: 24rpx;
}

.card {
  margin-bottom: 24rpx;
  padding: 24rpx;
  background-color: #ffffff;
  border-radius: 16rpx;
}

.section-title {
  margin-bottom: 16rpx;
  font-size: 30rpx;
  font-weight: bold;
}

.muted {
  color: #999999;
  font-size: 24rpx;
}
""",
    "miniprogram/sitemap.json": json.dumps(
        {"desc": "关于本文件的更多信息，请参考文档 https://developers.weixin.qq.com/miniprogram/dev/framework/sitemap.html",
         "rules": [{"action": "allow", "page": "*"}]}, ensure_ascii=False, indent=2) + "\n",
    "miniprogram/components/price-tag/index.json": '{\n  "component": true,\n  "usingComponents": {}\n}\n',
    "miniprogram/components/price-tag/index.wxml": """<!-- components/price-tag/index.wxml -->
<view class="price-tag">
  <text class="price-tag__now">¥{{ price }}</text>
  <text wx:if="{{ original > price }}" class="price-tag__old">¥{{ original }}</text>
</view>
""",
    "miniprogram/components/price-tag/index.js": """// components/price-tag/index.js
Component({
  properties: {
    price: { type: Number, value: 0 },
    original: { type: Number, value: 0 }
  }
})
""",
    "miniprogram/components/price-tag/index.wxss": """.price-tag__now {
  color: #e64340;
  font-weight: bold;
}

.price-tag__old {
  margin-left: 8rpx;
  color: #999999;
  text-decoration: line-through;
}
""",
}


def generate(out_dir: Path | str, pages: int, seed: int = 0) -> Summary:
    """Write the project into `out_dir` (which must be empty or absent); return its summary."""
    if pages < 1:
        raise ValueError("pages must be at least 1")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    summary = Summary(pages=pages)
    master = random.Random(seed)
    specs, roots = _plan(master, pages)
    files: dict[str, str] = {
        "project.config.json": json.dumps(PROJECT_CONFIG, ensure_ascii=False, indent=2) + "\n",
        "miniprogram/app.json": _app_json(specs, roots),
        **STATIC_FILES,
    }
    wxml_sizes = []
    for spec in specs:
        page_rng = random.Random(master.getrandbits(64))
        for suffix, text in PageBuilder(page_rng, spec).files().items():
            files[f"miniprogram/{spec.route}{suffix}"] = text
            if suffix == ".wxml":
                wxml_sizes.append(len(text.encode()))
        summary.count(spec)
    summary.subpackages = len(roots)
    summary.subpackage_pages = pages // 2 if roots else 0
    summary.wxml_bytes_min, summary.wxml_bytes_max = min(wxml_sizes), max(wxml_sizes)
    write_files(out, files, summary)
    return summary


def main(argv: list[str] | None = None) -> int:
    return command_line(generate, "project.config.json", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    sys.exit(main())
