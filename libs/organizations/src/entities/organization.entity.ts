import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { BaseEntityColumns } from '@app/core/database';

import { OrganizationKind, SecrecyDomain } from '../organization-kind';
import { MunicipalityEntity } from './municipality.entity';

@Entity({ name: 'organization', comment: 'A participating organisation with its secrecy domain.' })
@Index('ix_organization_municipality_name', ['municipalityId', 'name'])
export class OrganizationEntity extends BaseEntityColumns {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_organization_municipality' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind!: OrganizationKind;

  @Column({ type: 'enum', enum: SecrecyDomain, enumName: 'secrecy_domain' })
  secrecyDomain!: SecrecyDomain;

  // Optimistic-lock counter, checked explicitly in UPDATE ... WHERE version = $n.
  @Column({ type: 'integer', default: 1 })
  version!: number;
}
