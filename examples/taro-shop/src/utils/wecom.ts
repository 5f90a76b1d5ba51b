import Taro from '@tarojs/taro'

// `wx` is WeChat's own global; Taro's typings do not declare it.
declare const wx: { qy?: unknown } | undefined

/**
 * Whether the mini-program runs inside the WeCom client (企业微信), where the contact plugin does
 * not work: WeCom documents that `wx.qy` exists only there, and that getSystemInfoSync() says
 * environment 'wxwork' (an API that is no longer maintained, hence the try/catch).
 */
export const IN_WECOM = ((): boolean => {
  try {
    return typeof wx !== 'undefined' && ('qy' in wx ||
      (Taro.getSystemInfoSync() as { environment?: string }).environment === 'wxwork')
  } catch (err) {
    console.warn('cannot tell whether this is the WeCom client; showing the contact button', err)
    return false
  }
})()

export type ContactEvent = { detail?: { errcode?: number; name?: string; headurl?: string } }

/** What the shop tells the customer once the contact plugin has finished (e.detail.errcode). */
export function reportContact(e: ContactEvent): void {
  const { errcode, name } = (e && e.detail) || {}
  switch (errcode) {
    case 0: // 消息发送成功
      Taro.showToast({ title: name ? `${name}：已发送，请查看客服消息` : '已发送，请查看客服消息', icon: 'none' })
      break
    case -3002: // 获取插件配置信息失败
      Taro.showToast({ title: '客服配置获取失败，请稍后再试', icon: 'none' })
      break
    case -3004: // 用户信息授权失败
      Taro.showModal({ title: '联系客服', content: '需要授权后才能联系客服', showCancel: false })
      break
    case -3005: // 客服消息发送失败
      Taro.showToast({ title: '消息发送失败，请稍后再试', icon: 'none' })
      break
    case -3006: // 发送的客服人员已经和当前用户是好友关系
      Taro.showToast({ title: name ? `${name}：已是好友，请在微信中直接联系` : '已是好友，请在微信中直接联系', icon: 'none' })
      break
    case -3008: // 当前配置没有客服人员
      Taro.showToast({ title: '暂时没有可以接待的客服人员', icon: 'none' })
      break
    default:
      Taro.showToast({ title: '联系客服失败（' + errcode + '）', icon: 'none' })
  }
}
