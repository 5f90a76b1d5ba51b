// components/price-tag/index.js
Component({
  options: {
    addGlobalClass: true
  },

  properties: {
    price: Number,
    original: Number
  },

  data: {
    yuan: '0',
    cents: '00',
    originalText: '',
    discount: ''
  },

  observers: {
    'price, original': function (price, original) {
      this.updateDisplay(price, original)
    }
  },

  lifetimes: {
    attached() {
      this.updateDisplay(this.data.price, this.data.original)
    }
  },

  methods: {
    updateDisplay(price, original) {
      const parts = this.formatPrice(price).split('.')
      const hasDiscount = original > 0 && original > price
      this.setData({
        yuan: parts[0],
        cents: parts[1],
        originalText: hasDiscount ? this.formatPrice(original) : '',
        discount: hasDiscount ? this.discountLabel(price, original) : ''
      })
    },

    formatPrice(value) {
      const num = Number(value) || 0
      return num.toFixed(2)
    },

    discountLabel(price, original) {
      const rate = Math.round((price / original) * 100) / 10
      return rate > 0 ? `${rate}折` : ''
    },

    onTap() {
      this.triggerEvent('pricetap', {
        price: this.data.price,
        original: this.data.original
      })
    }
  }
})
