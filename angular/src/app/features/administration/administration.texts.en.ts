/** English texts of the administration pages that load with them (settings). */
export const administrationEn = {
  'settings.default': 'Default: {value}',
  'settings.useDefault': 'Use the default',
  'settings.range': 'From {min} to {max}',
  'settings.search': 'Type to search',
};
