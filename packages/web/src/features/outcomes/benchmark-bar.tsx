import { Box, Progress, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatPercent } from "./format";

/** A reference mark on the bar: where it sits (fraction of the bar), its short tick label, its words. */
export type Benchmark = { value: number; tick: string; label: string };

/**
 * A rate against its benchmarks: a bar from 0 to 100 % with a tick at each benchmark, then the benchmarks in words
 * and a sentence saying where the rate stands (`summary`): colour never carries the meaning alone.
 */
export const BenchmarkBar = ({ rate, benchmarks, summary }: { rate: number | null; benchmarks: Benchmark[]; summary: string }) => {
  const { t } = useTranslation();
  const filled = rate === null ? 0 : Math.min(100, Math.max(0, rate * 100));
  return (
    <Box mt="xs">
      <Box pos="relative" aria-hidden="true" className="benchmark-bar" pb={18}>
        <Progress value={filled} size="lg" radius="sm" color="blue.7" bg="gray.2" />
        {benchmarks.map((b) => (
          <Box key={b.value} pos="absolute" top={-4} style={{ left: `${b.value * 100}%` }}>
            <Box w={2} h={24} bg="dark.6" style={{ transform: "translateX(-1px)" }} />
            <Text size="xs" c="dark.6" pos="absolute" top={22} style={{ transform: "translateX(-50%)", whiteSpace: "nowrap" }}>
              {b.tick}
            </Text>
          </Box>
        ))}
      </Box>
      <Text size="xs" c="dark.5">
        {t("outcomes.benchmarks.legend", { list: benchmarks.map((b) => b.label).join(" · ") })}
      </Text>
      <Text size="sm" fw={600} mt={4}>
        {summary}
      </Text>
    </Box>
  );
};

/** A rate's benchmark: tick "41", words "41 % moyen". */
export const rateBenchmark = (value: number, words: string, language: string): Benchmark => ({
  value,
  tick: String(Math.round(value * 100)),
  label: `${formatPercent(value, language)} ${words}`,
});
