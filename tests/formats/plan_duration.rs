//! `Plan::duration_ms` (arithmetic) agrees with the plan it stands in for.

use crate::strategy;

use posewise::core::catalogue::Catalogue;
use posewise::core::plan::Plan;
use posewise::core::routine::Routine;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn duration_is_the_length_of_the_built_plan(routine in strategy::routine()) {
        let catalogue = Catalogue::builtin();
        let text = routine.to_json();
        if let Err(problems) = Routine::parse(text.as_bytes(), "gen.json", catalogue) {
            panic!("the generator made an invalid routine:\n{problems}\n{text}");
        }
        let plan = Plan::build(&routine, catalogue);
        prop_assert_eq!(routine.duration_ms(catalogue), plan.total_ms);
        let steps: Vec<u64> = routine.step_durations_ms(catalogue).collect();
        for (index, ms) in steps.iter().enumerate() {
            let in_plan: u64 = plan
                .segments
                .iter()
                .filter(|s| s.step == index)
                .map(|s| s.duration_ms)
                .sum();
            prop_assert_eq!(*ms, in_plan, "step {}", index);
        }
    }
}
