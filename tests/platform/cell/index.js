// A stand-in for the plugin's `cell` (plugin://<alias>/cell), whose code is not public.
// Properties use the types of the official guide, so the simulator applies WeChat's own
// coercion to what the page passes; `fire` plays one tap: startmessage, then
// completemessage with the given {errcode, name, headurl}.
Component({
  properties: {
    plugid: String,
    styleType: Number,
    avatorStyle: String,
    isMask: Number,
    contactText: Number,
    buttonText: Number,
    buttonStyle: String,
    serviceText: Number,
    paddingStyle: Number,
    iconStyle: String,
    blockStyle: String,
    bubbleColor: String
  },
  lifetimes: {
    attached() {
      const registry = globalThis.__wecontactCells
      if (registry) registry.push(this)
    },
    detached() {
      const registry = globalThis.__wecontactCells
      if (registry) {
        const at = registry.indexOf(this)
        if (at >= 0) registry.splice(at, 1)
      }
    }
  },
  methods: {
    fire(detail) {
      this.triggerEvent('startmessage', {})
      this.triggerEvent('completemessage', detail)
    }
  }
})
