import { SettingDto } from '../../api/models/setting-dto';

export type SettingControl = 'select' | 'number' | 'switch' | 'text';

/** The control a setting's type asks for; an unknown (newer) type gets a text field. */
export function settingControl(setting: Pick<SettingDto, 'type' | 'options'>): SettingControl {
  switch (setting.type) {
    case 'Enum':
    case 'TimeZone':
    case 'Culture':
    case 'Currency':
      return setting.options.length ? 'select' : 'text';
    case 'Integer':
      return 'number';
    case 'Boolean':
      return 'switch';
    default:
      return 'text';
  }
}
