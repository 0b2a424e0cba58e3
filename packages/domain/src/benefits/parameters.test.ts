import { describe, expect, it } from "vitest";
import franceData from "./data/france-parameters.json";
import { monthIndex } from "./months";
import {
  franceCoverage,
  franceParameter,
  franceParameterNames,
  franceParametersProvenance,
  parameterAt,
  parameterAtOrFirst,
  parameterAtOrNull,
  parameterChangedIn,
} from "./parameters";

describe("dated parameters", () => {
  it.each([
    ["smic_b_horaire", "2024-10", 11.65],
    ["smic_b_horaire", "2024-11", 11.88],
    ["smic_b_horaire", "2026-05", 12.02],
    ["smic_b_horaire", "2026-06", 12.31],
    ["aah_montant", "2026-03", 1033.32],
    ["aah_montant", "2026-04", 1041.59],
    ["ppa_montant_de_base", "2016-01", 524.16],
    ["ppa_pente_revenus_activite", "2018-07", 0.62],
    ["ppa_pente_revenus_activite", "2018-08", 0.61],
    ["ppa_bonif_seuil_max_smic_h", "2018-10", 120],
    ["crds_taux", "2026-01", 0.005],
  ] as const)("%s in %s is %d", (name, month, value) => {
    expect(parameterAt(name, monthIndex(month))).toBe(value);
  });

  it("reads a mid-month change from the next month (values in force on the first day)", () => {
    // SMIC of 7 July 1986: July 1986 still has the June value.
    expect(parameterAt("smic_b_horaire", monthIndex("1986-07"))).toBe(26.59);
    expect(parameterAt("smic_b_horaire", monthIndex("1986-08"))).toBe(26.92);
  });

  it("refuses to guess before the first value, unless asked for the first value", () => {
    expect(() => parameterAt("ppa_montant_de_base", monthIndex("2015-12"))).toThrow();
    expect(parameterAtOrFirst("ppa_montant_de_base", monthIndex("2015-12"))).toBe(524.16);
    expect(parameterAtOrNull("mva_montant", monthIndex("2004-01"))).toBeNull();
  });

  it("knows when a value changes", () => {
    expect(parameterChangedIn("aah_montant", monthIndex("2026-04"))).toBe(true);
    expect(parameterChangedIn("aah_montant", monthIndex("2026-05"))).toBe(false);
  });

  it("keeps every series sorted, labelled and sourced", () => {
    for (const name of franceParameterNames) {
      const series = franceParameter(name);
      expect(series.label.length, name).toBeGreaterThan(5);
      expect(series.sources.length, name).toBeGreaterThan(0);
      const dates = series.values.map((v) => v.from);
      expect([...dates].sort(), name).toEqual(dates);
      for (const d of dates) expect(d, name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("copies the 31 upstream series with their OpenFisca paths, and documents each addition", () => {
    const upstream = franceParameterNames.filter((n) => franceParameter(n).origin === "openfisca-france");
    const added = franceParameterNames.filter((n) => franceParameter(n).origin === "passerelle");
    expect(upstream).toHaveLength(31);
    for (const n of upstream) expect(franceParameter(n).upstreamPath, n).toMatch(/^openfisca_france\/parameters\//);
    expect(added.sort()).toEqual(
      [
        "aah_cumul_integral_fenetre_mois",
        "aah_cumul_integral_reprise_activite_mois",
        "crds_taux",
        "ppa_en_vigueur",
        "rsdae_mi_temps_heures_hebdo",
        "taux_cotisations_salariales_non_cadre",
      ].sort(),
    );
    expect(franceParametersProvenance.upstream.commit).toBe("a7038ee49132b842612b2e3d1ca0ba202c6a796d");
  });

  it("sums the employee contribution components to the stated rate", () => {
    const c = franceData.parameters.taux_cotisations_salariales_non_cadre.components;
    const sum = c.vieillesse_plafonnee + c.vieillesse_deplafonnee + c.agirc_arrco_t1 + c.ceg_t1 + (c.csg + c.crds) * c.assiette_csg_crds;
    expect(sum).toBeCloseTo(parameterAt("taux_cotisations_salariales_non_cadre", monthIndex("2026-01")), 9);
  });

  it("answers from 2016-01 to the last dated month, and projects a bounded time beyond", () => {
    expect(franceCoverage.firstMonth).toBe("2016-01");
    expect(franceCoverage.lastDatedMonth).toBe("2026-06");
    expect(monthIndex(franceCoverage.lastMonth) - monthIndex(franceCoverage.lastDatedMonth)).toBe(franceData.coverage.projectionMonths);
    expect(franceCoverage.maxRangeMonths).toBe(36);
  });
});
