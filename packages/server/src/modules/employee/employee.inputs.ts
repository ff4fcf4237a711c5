import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { EducationLevel, Employee, EmployeeStatus, Gender } from './employee.entity.js';

@InputType({ description: 'A new employee.' })
export class CreateEmployeeInput {
  @Field(() => String, { description: 'NIP, 18 digits (spaces allowed); must be valid and not yet used.' })
  nip!: string;

  @Field(() => String, { description: 'Full name with academic titles.' })
  name!: string;

  @Field(() => EmployeeStatus, { description: 'Employment status.' })
  status!: EmployeeStatus;

  @Field(() => String, { nullable: true, description: 'Golongan: I/a–IV/e for PNS, I–XVII for PPPK.' })
  golongan?: string | null;

  @Field(() => Gender, { nullable: true, description: 'Gender; taken from the NIP when absent, and must agree with it when given.' })
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: 'Birth date (YYYY-MM-DD); taken from the NIP when absent, and must agree with it when given.' })
  birthDate?: string | null;

  @Field(() => EducationLevel, { description: 'Highest formal education.' })
  educationLevel!: EducationLevel;

  @Field(() => ID, { description: 'The jabatan the employee holds.' })
  positionId!: string;

  @Field(() => ID, { nullable: true, description: 'The work unit; by default the unit of the position.' })
  workUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The direct supervisor.' })
  supervisorId?: string | null;
}

@InputType({ description: 'Changes to an employee\'s record; absent fields stay as they are. To change unit or jabatan use moveEmployee.' })
export class UpdateEmployeeInput {
  @Field(() => ID, { description: 'The employee to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New full name.' })
  name?: string | null;

  @Field(() => EmployeeStatus, { nullable: true, description: 'New employment status.' })
  status?: EmployeeStatus | null;

  @Field(() => String, { nullable: true, description: 'New golongan (must suit the status).' })
  golongan?: string | null;

  @Field(() => EducationLevel, { nullable: true, description: 'New highest formal education.' })
  educationLevel?: EducationLevel | null;

  @Field(() => ID, { nullable: true, description: 'New direct supervisor.' })
  supervisorId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Remove the direct supervisor when true.' })
  clearSupervisor?: boolean | null;
}

@InputType({ description: 'A move (mutasi) of an employee to another jabatan and/or work unit.' })
export class MoveEmployeeInput {
  @Field(() => ID, { description: 'The employee to move.' })
  employeeId!: string;

  @Field(() => ID, { description: 'The new jabatan.' })
  positionId!: string;

  @Field(() => ID, { nullable: true, description: 'The new work unit; by default the unit of the new jabatan.' })
  workUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The new direct supervisor; when absent the head of the new unit is not guessed and the old supervisor is removed.' })
  supervisorId?: string | null;
}

@ObjectType({ description: 'The result of createEmployee.' })
export class CreateEmployeePayload {
  @Field(() => Employee, { description: 'The employee created.' })
  employee!: Employee;
}

@ObjectType({ description: 'The result of updateEmployee.' })
export class UpdateEmployeePayload {
  @Field(() => Employee, { description: 'The employee as changed.' })
  employee!: Employee;
}

@ObjectType({ description: 'The result of moveEmployee.' })
export class MoveEmployeePayload {
  @Field(() => Employee, { description: 'The employee in the new jabatan and unit.' })
  employee!: Employee;
}
