import { SettingsForm } from "../settings/settings-form";
import { SETTING_GROUPS, settingText, type SettingKey } from "../settings/settings-fields";
import type { SettingSourceView } from "../settings/setting-input";
import type { PriceDeckOption, ScenarioPanelData } from "./panel-props";
import layout from "@/app/ui/common/layout.module.css";
import styles from "../scenario-editor.module.css";

/** General & economics: timeline, currency, discounting, tax/royalty/depreciation, working capital, revenue terms. */
export function GeneralPanel({ effective, canEdit, isChild, scenarioNames, priceDecks = [] }: ScenarioPanelData & { priceDecks?: readonly PriceDeckOption[] }) {
  const keys = SETTING_GROUPS.flatMap((group) => group.fields.map((field) => field.key));
  const texts = Object.fromEntries(keys.map((key) => [key, settingText(effective.settings[key])])) as Record<SettingKey, string>;
  const sources = Object.fromEntries(
    keys.map((key): [SettingKey, SettingSourceView] => {
      const source = effective.settingSources[key];
      return [key, { origin: source.origin, sourceName: source.sourceScenarioId ? scenarioNames.get(source.sourceScenarioId) : undefined }];
    }),
  ) as Record<SettingKey, SettingSourceView>;
  const currency = effective.settings.currency ?? "USD";
  const context = {
    currency,
    priceCurrency: effective.settings.priceCurrency ?? currency,
    priceUnit: effective.settings.metalPriceUnit ?? "unit",
    priceDecks: priceDecks.map((deck) => ({ value: deck.id, label: `${deck.name} (${deck.currency}/${deck.priceUnit}, ${deck.commodity})` })),
  };
  return (
    <>
      <h2 className="visually-hidden">General and economics</h2>
      {isChild ? <p className={`${layout.muted} ${styles.panelIntro}`}>Blank fields and fields marked “inherited” take the parent scenario’s value; type a value to override it.</p> : null}
      <SettingsForm scenarioId={effective.scenario.id} version={effective.scenario.version} texts={texts} sources={sources} context={context} isChild={isChild} isReadOnly={!canEdit} />
    </>
  );
}
