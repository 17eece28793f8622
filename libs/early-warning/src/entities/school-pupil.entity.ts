import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// A pupil as the school knows them for early warning: the class and the named mentor. Made the
// first time the school sends absence data about the pupil or names the mentor. Its id is the
// subject of the access log's entries for the school's reads (ground SCHOOL).
@Entity({ name: 'school_pupil', comment: 'A pupil of a school for early warning: class and mentor.' })
@Index('uq_school_pupil', ['schoolId', 'personalIdentityNumber'], { unique: true })
@Index('ix_school_pupil_mentor', ['mentorUserId'])
export class SchoolPupilEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_school_pupil' })
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  schoolId!: string;

  @Column({ type: 'char', length: 12 })
  personalIdentityNumber!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  className!: string | null;

  // The pupil's mentor: a school staff member of the same school.
  @Column({ type: 'uuid', nullable: true })
  mentorUserId!: string | null;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
