import { EditionFeatureDto } from '../../api/models/edition-feature-dto';
import { EditionFeatureValueDto } from '../../api/models/edition-feature-value-dto';

/** A feature whose default is "true"/"false" is a switch; others take text (e.g. a number limit). */
export function isSwitch(feature: EditionFeatureDto): boolean {
  return /^(true|false)$/i.test(feature.defaultValue);
}

/** The value shown for a feature: the edition's own, else the default. */
export function effectiveValue(feature: EditionFeatureDto): string {
  return feature.value ?? feature.defaultValue;
}

/**
 * What PUT /features gets: only values that differ from the default are kept on the edition (null = use the
 * default), so that changing a default later still reaches editions that never chose otherwise.
 */
export function toFeatureValues(features: readonly EditionFeatureDto[], values: Readonly<Record<string, string>>): EditionFeatureValueDto[] {
  return features.map((f) => {
    const value = (values[f.name] ?? effectiveValue(f)).trim();
    return { name: f.name, value: value === '' || value.toLowerCase() === f.defaultValue.toLowerCase() ? null : value };
  });
}
