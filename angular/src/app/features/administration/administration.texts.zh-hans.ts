/** Chinese texts of the administration pages that load with them (settings). */
export const administrationZhHans = {
  'settings.default': '默认值：{value}',
  'settings.useDefault': '使用默认值',
  'settings.range': '{min} 到 {max}',
  'settings.search': '输入以搜索',
};
