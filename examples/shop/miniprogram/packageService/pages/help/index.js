// packageService/pages/help/index.js
Page({
  data: {
    from: '',
    expandedId: 0,
    topics: [
      { key: 'order', name: '订单问题' },
      { key: 'delivery', name: '物流配送' },
      { key: 'refund', name: '退换货' },
      { key: 'invoice', name: '发票' }
    ],
    faqs: [
      { id: 1, question: '下单后多久发货？', answer: '现货商品在付款后 48 小时内发货，预售商品以详情页标注的时间为准。' },
      { id: 2, question: '如何修改收货地址？', answer: '订单发货前可在「我的 - 我的订单」中修改地址；已发货的订单请联系客服处理。' },
      { id: 3, question: '支持七天无理由退货吗？', answer: '除生鲜等特殊商品外，签收后 7 天内均可申请无理由退货。' },
      { id: 4, question: '怎样开具发票？', answer: '确认收货后，在订单详情页点击「申请开票」，电子发票将发送到您的邮箱。' }
    ]
  },

  onLoad(options) {
    this.setData({ from: options.from || '' })
  },

  onTopicTap(e) {
    const { key } = e.currentTarget.dataset
    wx.navigateTo({ url: `/packageService/pages/faq/index?topic=${key}` })
  },

  onFaqTap(e) {
    const { id } = e.currentTarget.dataset
    this.setData({ expandedId: this.data.expandedId === id ? 0 : id })
  },

  onMoreTap() {
    wx.navigateTo({ url: '/packageService/pages/faq/index' })
  },

  onCopyPhone() {
    wx.setClipboardData({
      data: '400-800-1234',
      success() {
        wx.showToast({ title: '电话已复制', icon: 'none' })
      }
    })
  }
})
