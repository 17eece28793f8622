import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

import { SchoolStaffFunction } from '../early-warning.enums';

// A school staff member's function at their school for early warning (student health). The
// mentor is named per pupil (school_pupil.mentor_user_id).
@Entity({ name: 'school_staff_function', comment: "A school staff member's early-warning function at the school." })
@Check('ck_school_staff_function', `function IN ('STUDENT_HEALTH')`)
export class SchoolStaffFunctionEntity {
  @PrimaryColumn({ type: 'uuid' })
  schoolId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  function!: SchoolStaffFunction;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
