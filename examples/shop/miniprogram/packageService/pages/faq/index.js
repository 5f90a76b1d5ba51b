// packageService/pages/faq/index.js
const ALL_FAQS = [
  { id: 1, topic: 'order', question: '下单后多久发货？', answer: '现货商品在付款后 48 小时内发货，预售商品以详情页标注的时间为准。' },
  { id: 2, topic: 'order', question: '可以合并付款吗？', answer: '同一店铺的多件商品加入购物车后一起结算即可合并付款。' },
  { id: 3, topic: 'delivery', question: '支持哪些快递？', answer: '默认顺丰或中通，偏远地区可能改用邮政 EMS。' },
  { id: 4, topic: 'delivery', question: '如何查询物流？', answer: '在「我的 - 我的订单 - 待收货」中点击订单即可查看物流进度。' },
  { id: 5, topic: 'refund', question: '退款多久到账？', answer: '商家确认收到退货后 1-3 个工作日原路退回。' },
  { id: 6, topic: 'invoice', question: '可以开专票吗？', answer: '可以，请在申请开票时选择「增值税专用发票」并填写企业信息。' }
]

Page({
  data: {
    topics: [
      { key: 'all', name: '全部' },
      { key: 'order', name: '订单' },
      { key: 'delivery', name: '物流' },
      { key: 'refund', name: '退款' },
      { key: 'invoice', name: '发票' }
    ],
    activeTopic: 'all',
    keyword: '',
    faqs: [],
    openIds: {}
  },

  onLoad(options) {
    this.setData({ activeTopic: options.topic || 'all' })
    this.filterFaqs()
  },

  filterFaqs() {
    const { activeTopic, keyword } = this.data
    const faqs = ALL_FAQS.filter((item) => {
      const inTopic = activeTopic === 'all' || item.topic === activeTopic
      const matches = !keyword || item.question.indexOf(keyword) !== -1 || item.answer.indexOf(keyword) !== -1
      return inTopic && matches
    })
    this.setData({ faqs })
  },

  onTopicTap(e) {
    this.setData({ activeTopic: e.currentTarget.dataset.key }, () => this.filterFaqs())
  },

  onSearchInput(e) {
    this.setData({ keyword: e.detail.value.trim() }, () => this.filterFaqs())
  },

  onClearTap() {
    this.setData({ keyword: '' }, () => this.filterFaqs())
  },

  onQuestionTap(e) {
    const { id } = e.currentTarget.dataset
    this.setData({ [`openIds.${id}`]: !this.data.openIds[id] })
  },

  onUsefulTap() {
    wx.showToast({ title: '感谢您的反馈', icon: 'none' })
  },

  onHelpTap() {
    wx.navigateBack({
      fail() {
        wx.redirectTo({ url: '/packageService/pages/help/index' })
      }
    })
  }
})
