import type { TimeUnit } from "./time-unit";

/**
 * One customer's BTYD summary (Fader, Hardie & Lee 2005 notation in brackets), all durations in the summary's
 * time unit.
 */
export interface BtydCustomer {
  readonly customerId: string | number;
  /** [x] Repeat purchases: distinct purchase days in the calibration period − 1. */
  readonly frequency: number;
  /** [t_x] Time from the first to the last purchase day. */
  readonly recency: number;
  /** [T] Time from the first purchase day to the calibration end. */
  readonly age: number;
  /** [zbar] Mean spend per repeat purchase day (0 when frequency is 0). */
  readonly meanRepeatSpend: number;
}

/** What BG/NBD predictions need of a customer: x, t_x, T (frequency, recency, age). */
export type BtydHistory = Pick<BtydCustomer, "frequency" | "recency" | "age">;

/** What the Gamma-Gamma expected spend needs of a customer: x and zbar (customerId, if given, names it in errors). */
export type SpendHistory = Pick<BtydCustomer, "frequency" | "meanRepeatSpend"> & {
  readonly customerId?: string | number;
};

/** BG/NBD parameters: purchase rates λ ~ Gamma(r, α) (α in the data's time unit), dropout p ~ Beta(a, b). */
export interface BgnbdParams {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

/** Gamma-Gamma parameters (Fader & Hardie note 025): spend ~ Gamma(p, ν), ν ~ Gamma(q, γ). */
export interface GammaGammaParams {
  readonly p: number;
  readonly q: number;
  readonly gamma: number;
}

/** A condition the caller must see; the fit still returns. Messages are English; reports localise by code. */
export interface ClvWarning {
  readonly code: "NOT_CONVERGED" | "PARAMETER_AT_BOUND" | "GRADIENT_NOT_SMALL" | "GAMMAGAMMA_Q_NOT_ABOVE_ONE";
  readonly message: string;
}

/** How a maximum-likelihood fit ended, reported as is (never silently "fine"). */
export interface FitDiagnostics {
  /** Maximised log-likelihood (natural log, summed over customers). */
  readonly logLikelihood: number;
  /** True when the optimiser met its tolerances, a restart found no better point and the gradient is small. */
  readonly converged: boolean;
  /** Nelder-Mead iterations summed over all starts. */
  readonly iterations: number;
  /** Log-likelihood evaluations. */
  readonly evaluations: number;
  /** Euclidean norm of ∂LL/∂ln(parameter) at the optimum (central differences). */
  readonly gradientNorm: number;
  readonly warnings: readonly ClvWarning[];
}

export interface BgnbdFit extends FitDiagnostics {
  readonly params: BgnbdParams;
  /** Unit of the summary the model was fitted on; α and all predictions are in it. */
  readonly timeUnit: TimeUnit;
  readonly customerCount: number;
}

export interface GammaGammaFit extends FitDiagnostics {
  readonly params: GammaGammaParams;
  /** Customers with frequency > 0 (the only ones the model is fitted on). */
  readonly repeatCustomerCount: number;
  /**
   * Pearson correlation of frequency and mean repeat spend over those customers: the model assumes spend is
   * independent of frequency, so a value far from 0 is a warning sign. Null when frequency has no variance.
   */
  readonly frequencySpendCorrelation: number | null;
}
