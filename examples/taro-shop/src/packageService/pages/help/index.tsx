import { View, Text } from '@tarojs/components'
import { IN_WECOM, reportContact } from '../../../utils/wecom'

import './index.scss'

const QUESTIONS = [
  { q: '下单后多久发货？', a: '现货商品在付款后 48 小时内发货。' },
  { q: '支持七天无理由退货吗？', a: '除生鲜等特殊商品外，签收后 7 天内均可申请。' },
]

export default function Help() {
  const onContactStart = () => {
    console.log('contact button tapped')
  }

  return (
    <View className='help'>
      {QUESTIONS.map(({ q, a }) => (
        <View className='help__item' key={q}>
          <Text className='help__q'>{q}</Text>
          <Text className='help__a'>{a}</Text>
        </View>
      ))}
      {/* The help page's own button: a whole row with the agent's avatar. */}
      {!IN_WECOM && (
        <cell
          plugid='wk7a1b2c3d4e5f'
          styleType={1}
          avatorStyle='circle'
          contactText={2}
          onStartmessage={onContactStart}
          onCompletemessage={reportContact}
        />
      )}
    </View>
  )
}
