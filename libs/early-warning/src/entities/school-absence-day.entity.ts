import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// One day a pupil was absent, as the school's own system records it (excused or not). The
// school's own data for early warning; never shown beyond the school.
@Entity({ name: 'school_absence_day', comment: "A pupil's absence day at a school (the school's own data)." })
@Index('uq_school_absence_day', ['schoolId', 'personalIdentityNumber', 'day'], { unique: true })
@Index('ix_school_absence_day_municipality', ['municipalityId', 'day'])
export class SchoolAbsenceDayEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_school_absence_day' })
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  schoolId!: string;

  @Column({ type: 'char', length: 12 })
  personalIdentityNumber!: string;

  @Column({ type: 'date' })
  day!: string;

  @Column({ type: 'boolean' })
  unexcused!: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
