import { View, Text } from '@tarojs/components'
import { IN_WECOM, reportContact } from '../../utils/wecom'

import './index.scss'

interface Props {
  /** The plugin ID configured in the WeCom admin console (企业微信管理后台 > 客户联系 > 联系我). */
  plugid: string
  hint?: string
}

/** A row with WeCom's contact button; each page that renders it registers <cell> in its config. */
export default function ContactBar({ plugid, hint = '有疑问？联系客服' }: Props) {
  if (IN_WECOM) {
    return <View className='contact-bar contact-bar--hidden' />
  }
  return (
    <View className='contact-bar'>
      <Text className='contact-bar__hint'>{hint}</Text>
      <cell plugid={plugid} styleType={2} onCompletemessage={reportContact} />
    </View>
  )
}
