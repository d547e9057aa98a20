import {
  FluentProvider,
  Select,
  Tab,
  TabList,
  Title3,
  makeStyles,
  useArrowNavigationGroup,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Locale } from "../../src/i18n/locale";
import { FeatureErrorBoundary } from "../components/FeatureErrorBoundary";
import { features, type FeatureId } from "../features/registry";
import { LocaleContext, localeValue } from "./locale-context";
import { ServicesContext, type Services } from "./services";
import { SharedInputProvider } from "./shared-input";

const languageNames: Readonly<Record<Locale, string>> = {
  en: "English",
  "zh-TW": "繁體中文",
  "zh-CN": "简体中文",
};

const useStyles = makeStyles({
  // border-box and no minimum width: the pane is 320-350 px in Excel, padding included (issue 12, item 11).
  root: { boxSizing: "border-box", padding: tokens.spacingHorizontalM, minWidth: 0, maxWidth: "720px" },
  header: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  // The four tabs wrap to a second row rather than push the pane sideways (English needs 373 px on one row).
  tabs: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
});

export interface AppProps {
  readonly services: Services;
  readonly initialLocale: Locale;
}

/** The task pane: language, one tab per analysis, each inside its own error boundary. */
export function App({ services, initialLocale }: AppProps) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [featureId, setFeatureId] = useState<FeatureId>(features[0]?.id ?? "intake");
  const value = useMemo(() => localeValue(locale), [locale]);
  const styles = useStyles();
  // Every tab is a Tab stop as well as an arrow-key stop (issue 12, item 13): Fluent's TabList makes only the
  // selected tab tabbable; its root takes these tabster attributes in place of its own.
  const tabStops = useArrowNavigationGroup({
    axis: "horizontal",
    circular: true,
    memorizeCurrent: true,
    tabbable: true,
  });
  const feature = features.find((candidate) => candidate.id === featureId) ?? features[0];
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <ServicesContext.Provider value={services}>
        <LocaleContext.Provider value={value}>
          <SharedInputProvider>
            <main className={styles.root}>
              <header className={styles.header}>
                <Title3 as="h1">{value.t("appTitle")}</Title3>
                <Select
                  size="small"
                  aria-label={value.t("language")}
                  value={locale}
                  onChange={(_event, data) => setLocale(data.value as Locale)}
                >
                  {(Object.keys(languageNames) as Locale[]).map((code) => (
                    <option key={code} value={code}>
                      {languageNames[code]}
                    </option>
                  ))}
                </Select>
              </header>
              <TabList
                {...tabStops}
                className={styles.tabs}
                size="small"
                selectedValue={featureId}
                onTabSelect={(_event, data) => setFeatureId(data.value as FeatureId)}
                aria-label={value.t("appTitle")}
              >
                {features.map((candidate) => (
                  <Tab key={candidate.id} value={candidate.id}>
                    {value.t(candidate.tabLabel)}
                  </Tab>
                ))}
              </TabList>
              {feature && (
                <FeatureErrorBoundary key={feature.id}>
                  <feature.View />
                </FeatureErrorBoundary>
              )}
            </main>
          </SharedInputProvider>
        </LocaleContext.Provider>
      </ServicesContext.Provider>
    </FluentProvider>
  );
}
